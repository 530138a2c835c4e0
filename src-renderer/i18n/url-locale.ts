export function urlLocale(): string | null {
  return new URLSearchParams(location.search).get('lang');
}
