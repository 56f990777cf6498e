// Organizer accounts: who may sign in and with which role. Types derive from these schemas.
import * as v from 'valibot';
import { IdSchema } from '../kernel/ids.js';

/** admin manages accounts and the catalogue; organizer runs surveys; viewer reads surveys and reports only. */
export const RoleSchema = v.picklist(['admin', 'organizer', 'viewer']);

/** Emails are compared trimmed and lower-cased, so "A@x.cn " and "a@x.cn" are one account. */
export const EmailSchema = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(254), v.email('must be an email address'));
export const PasswordSchema = v.pipe(v.string(), v.minLength(10, 'at least 10 characters'), v.maxLength(200));

export const AccountSchema = v.object({
  email: EmailSchema,
  role: RoleSchema,
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  createdBy: v.optional(v.string()),
  /** A disabled account cannot sign in, and its sessions end at once. */
  disabled: v.optional(v.boolean()),
  /** Front-limited (限定战线): the account reaches only these fronts' data and the surveys it created (shared/accounts/scope.ts). */
  fronts: v.optional(v.array(IdSchema)),
});

/** PUT /api/accounts/{email}/fronts: the fronts an account is limited to; none lifts the limit. */
export const AccountFrontsSchema = v.strictObject({ fronts: v.pipe(v.array(IdSchema), v.maxLength(100)) });

/** POST /api/accounts: a password is generated (and shown once) when none is given. */
export const NewAccountSchema = v.object({ email: EmailSchema, role: RoleSchema, password: v.optional(PasswordSchema) });

/** Sign-in takes any strings: a malformed email must get the same 401 as a wrong password. */
export const LoginSchema = v.object({
  email: v.pipe(v.string(), v.maxLength(254)),
  password: v.pipe(v.string(), v.maxLength(200)),
});

/** POST /api/me/password: the old password proves it is the account holder, not a borrowed session. */
export const ChangePasswordSchema = v.object({ oldPassword: v.pipe(v.string(), v.maxLength(200)), newPassword: PasswordSchema });

export type Role = v.InferOutput<typeof RoleSchema>;
export type Account = v.InferOutput<typeof AccountSchema>;
export type NewAccount = v.InferOutput<typeof NewAccountSchema>;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
