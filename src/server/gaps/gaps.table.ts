/** "Oznacz jako załatwione": occurrences matching the key up to `up_to` stay hidden from the gap list. */
export interface GapDismissalsTable {
  id: string;
  kind: 'wording' | 'contact';
  /** wording: each word's lemmas joined by `|`, words sorted and space-separated; contact: sorted needs joined by `,`, then `|channel`. */
  match_key: string;
  /** JSON array of the branch ids the dismissal covers; null for the whole library. */
  branch_ids: string | null;
  up_to: string;
  dismissed_by: string;
  dismissed_at: string;
}
