/** E.164: a plus, a country code not starting with 0, at most 15 digits in all. */
export const E164 = /^\+[1-9]\d{1,14}$/;

/** Whether `text` is a phone number in E.164 (`+14255550123`). */
export const isE164 = (text: string): boolean => E164.test(text);
