import { z } from 'zod';
import { CustomFieldValue, CustomFieldValues, Id, IsoDate, IsoDateTime, LabelRef } from './common';

export const Gender = z.enum(['unknown', 'male', 'female']);

/** "YYYY-MM-DD", or "--MM-DD" for a birthday known without its year (ISO 8601's own form for that). */
export const Birthday = z.union([IsoDate, z.string().regex(/^--\d{2}-\d{2}$/)]);
export type Birthday = z.infer<typeof Birthday>;
export type Gender = z.infer<typeof Gender>;

export const Client = z.object({
  id: Id,
  name: z.string(),
  surname: z.string(),
  patronymic: z.string(),
  /** '+' and digits, or '' when unknown. */
  phone: z.string(),
  email: z.string(),
  card: z.string(),
  birthDate: Birthday.nullable(),
  gender: Gender,
  /** 0 none, 1 bronze, 2 silver, 3 gold. */
  importance: z.number().int().min(0).max(3),
  labels: z.array(LabelRef),
  discountPercent: z.number(),
  comment: z.string(),
  visits: z.number().int(),
  spent: z.number(),
  balance: z.number(),
  customFields: CustomFieldValues,
  lastChangedAt: IsoDateTime.nullable(),
});
export type Client = z.infer<typeof Client>;

/** A type-ahead hit. */
export const ClientSearchHit = z.object({
  id: Id,
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  visitsCount: z.number().int(),
  lastVisitAt: IsoDateTime.nullable(),
});
export type ClientSearchHit = z.infer<typeof ClientSearchHit>;

/** Create and full update take the same body: name and phone are always required. */
export const ClientInput = z.object({
  name: z.string().trim().min(1),
  phone: z.string().trim().min(1),
  surname: z.string().optional(),
  patronymic: z.string().optional(),
  email: z.string().optional(),
  card: z.string().optional(),
  birthDate: Birthday.nullable().optional(),
  gender: Gender.optional(),
  importance: z.number().int().min(0).max(3).optional(),
  labelIds: z.array(Id).optional(),
  discountPercent: z.number().optional(),
  comment: z.string().optional(),
  /** null clears a value. */
  customFields: z.record(z.string(), CustomFieldValue.nullable()).optional(),
});
export type ClientInput = z.infer<typeof ClientInput>;

/** Phones as Altegio matches them: digits only, keeping a leading '+'. */
export function normalisePhone(raw: string): string {
  const trimmed = raw.trim();
  const digits = trimmed.replace(/\D/g, '');
  return trimmed.startsWith('+') && digits ? `+${digits}` : digits;
}

/** Altegio accepts 9 to 15 digits. */
export function isPlausiblePhone(raw: string): boolean {
  const digits = raw.replace(/\D/g, '');
  return digits.length >= 9 && digits.length <= 15;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Something@something.tld, without spaces: the one e-mail check of every form and of main. */
export function isPlausibleEmail(raw: string): boolean {
  return EMAIL.test(raw.trim());
}

/**
 * What the client card edits. The rest of the client (labels, birthday, comment, other fields) is not
 * part of it and stays as Altegio has it. Only what the desk changed is named: a missing name, phone or
 * e-mail keeps Altegio's current one, and `customFields` names only the fields to change (null clears).
 */
export const ClientChanges = z.object({
  name: z.string().trim().min(1, 'issue.client.name').max(100, 'issue.client.nameTooLong').optional(),
  phone: z
    .string()
    .trim()
    .max(40, 'issue.client.phone')
    .refine((phone) => isPlausiblePhone(phone), 'issue.client.phone')
    .optional(),
  email: z
    .string()
    .trim()
    .max(254, 'issue.client.email')
    .refine((email) => email === '' || isPlausibleEmail(email), 'issue.client.email')
    .optional(),
  customFields: z
    .record(
      z.string().max(64),
      z
        .union([
          z.string().max(255, 'issue.customField.text'),
          z.number().finite(),
          z.array(z.string().max(255)).max(50),
        ])
        .nullable(),
    )
    .refine((fields) => Object.keys(fields).length <= 50, 'issue.customFields.tooMany'),
});
export type ClientChanges = z.infer<typeof ClientChanges>;

/** A note staff keep on the client card (Altegio's client comments, not reviews). */
export const ClientComment = z.object({
  id: Id,
  text: z.string(),
  createdAt: IsoDateTime.nullable(),
  authorName: z.string(),
});
export type ClientComment = z.infer<typeof ClientComment>;

export const CLIENT_COMMENT_MAX_LENGTH = 2000;
