// A collection's name as a schema: the same rule and words as the API's refusal.
import * as z from 'zod/mini';
import { COLLECTION_NAME_MAX } from '@/api/collections';

export const collectionNameSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Give the collection a name.'),
      z.maxLength(
        COLLECTION_NAME_MAX,
        `Collection names can be at most ${COLLECTION_NAME_MAX} characters.`,
      ),
    ),
});
