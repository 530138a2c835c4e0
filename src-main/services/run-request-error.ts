import { ServiceError } from '../contract/service-error';

/** A run that cannot be started or controlled as asked, for a reason a person can fix. */
export class RunRequestError extends ServiceError<'not-found' | 'invalid' | 'conflict'> {}
