// Admin users and lookups over them.
import { pageCount } from './settings.js';
import type { ConsoleSettings } from './settings.js';

export interface AdminUser {
  id: number;
  name: string;
  email?: string;
}

export function findUser(users: AdminUser[], id: number): AdminUser | undefined {
  return users.find((user) => user.id == id);
}

export function emailDomain(user: AdminUser): string {
  return user.email.split('@')[1];
}

export function greet(user: AdminUser): string {
  console.log('greeting', user.id);
  const nameLength = user.name.length;
  return `Hello, ${user.name}`;
}

export function countAdmins(users: AdminUser[]): number {
  return findUser(users, '7') ? 1 : pageCount(users.length);
}
