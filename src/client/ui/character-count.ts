// The words of the GOV.UK character count, apart from the component so they are tested in Node.

export function countMessage(length: number, limit: number): string {
  const left = limit - length;
  if (left === 1) return 'You have 1 character remaining';
  if (left >= 0) return `You have ${left} characters remaining`;
  if (left === -1) return 'You have 1 character too many';
  return `You have ${-left} characters too many`;
}

export const tooLongMessage = (limit: number) => `Description must be ${limit} characters or fewer.`;
