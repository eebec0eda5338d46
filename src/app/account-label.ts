/** The account button's accessible name: who is signed in. */
export const accountLabel = (user: { name: string } | undefined) =>
  user ? `Account: ${user.name}` : 'Account';
