const KEY = 'sokan.user';

/** The analyst's name sent with every edit (X-Sokan-User); `local` until set. */
export function currentUser(): string {
  return localStorage.getItem(KEY)?.trim() || 'local';
}

export function setCurrentUser(name: string): void {
  localStorage.setItem(KEY, name.trim());
}
