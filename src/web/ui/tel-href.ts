/** A tel: link keeps only what a phone dials: digits and a leading plus. */
export function telHref(phone: string): string {
  return `tel:${phone.replaceAll(/[^0-9+]/g, '')}`;
}
