/** A date picker's value worth searching: cleared, or a whole date with a plausible year. */
export const completeDate = (text: string) => text === '' || /^(19|20)\d\d-\d\d-\d\d$/.test(text);

export const toInt = (text: string) => (text && /^\d+$/.test(text) ? Number(text) : undefined);
export const toNumber = (text: string) => {
  const n = Number(text);
  return text && Number.isFinite(n) && n >= 0 ? n : undefined;
};
