const KEY = 'sokan.user';

/** Laptop mode: the analyst's name sent with every edit (X-Sokan-User); `local` until set. Server mode ignores it (the audit log names the logged-in account). */
export function currentUser(): string {
  return localStorage.getItem(KEY)?.trim() || 'local';
}

export function setCurrentUser(name: string): void {
  localStorage.setItem(KEY, name.trim());
}
