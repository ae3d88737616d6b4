// ORCID iDs: 16 characters, the last a check digit computed with ISO 7064
// MOD 11-2 over the first 15 digits (10 is written X). People paste them in
// every form ORCID shows (hyphenated, bare, as the https://orcid.org/ URL), so
// all of those are read; the database keeps the bare 16 characters.

export type OrcidResult = { ok: true; value: string } | { ok: false; message: string };

/** The check character for 15 digits (ISO 7064 MOD 11-2, as ORCID documents it). */
export function orcidCheckDigit(first15: string): string {
  let total = 0;
  for (const ch of first15) total = (total + Number(ch)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/** Reads what a person typed; '' means "no ORCID iD". */
export function parseOrcid(input: string): OrcidResult {
  let s = input.trim();
  if (!s) return { ok: true, value: '' };
  s = s.replace(/^(?:https?:\/\/)?(?:www\.)?orcid\.org\//i, '').replace(/\/$/, '');
  const bare = s.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[0-9]{15}[0-9X]$/.test(bare)) {
    return { ok: false, message: 'Enter the ORCID iD as 16 digits in four groups, such as 0000-0002-1825-0097, or its https://orcid.org/ address.' };
  }
  if (orcidCheckDigit(bare.slice(0, 15)) !== bare.slice(15)) {
    return { ok: false, message: 'That ORCID iD does not add up (its last character is a check digit): check it for a typo.' };
  }
  return { ok: true, value: bare };
}

/** 0000000218250097 → 0000-0002-1825-0097 */
export function formatOrcid(bare: string): string {
  return bare.replace(/^(.{4})(.{4})(.{4})(.{4})$/, '$1-$2-$3-$4');
}

export function orcidUrl(bare: string): string {
  return `https://orcid.org/${formatOrcid(bare)}`;
}
