import { getBuiltinInfo, type BuiltinParams } from './catalogue';

/**
 * The English name main gives a dataset it draws from built-in `name` with `params` when no
 * one named it: its label, then each parameter asked for ("Spiral (count 500, noise 0.1)").
 * The command line, reports and CSV files say this name; an interface says it in its reader's
 * language from the dataset's `nameFrom`, which records that main chose it.
 * @throws BuiltinDataError 'unknown-dataset' for an unknown name
 */
export function generatedName(name: string, params: BuiltinParams): string {
  const { label } = getBuiltinInfo(name);
  const described = Object.entries(params)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return described ? `${label} (${described})` : label;
}
