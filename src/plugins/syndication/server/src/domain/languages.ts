import ISO6391 from 'iso-639-1';

/**
 * A language as mentions record it: an ISO 639-1 code. Regional tags are reduced to the
 * language (`zh-CN`, `zh_Hans` → `zh`); anything else is null.
 */
export function languageCode(value: string): string | null {
  const primary = value.trim().split(/[-_]/)[0].toLowerCase();
  return ISO6391.validate(primary) ? primary : null;
}
