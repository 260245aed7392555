import type { CreateReferralInput } from '../../shared/referrals.schema.ts';
import { CreateReferralSchema } from '../../shared/referrals.schema.ts';
import type { Database } from '../db/database.ts';
import { findReferralRowByName } from './referrals.repository.ts';
import { insertReferral } from './referrals.service.ts';

const DEMO_NOTE = 'Wpis demonstracyjny: adres i godziny są przykładowe — zastąp je danymi z Twojej okolicy.';
const NATIONAL_NOTE = 'Wpis z zestawu demonstracyjnego; numer ogólnopolski, bezpłatny — przed przekazaniem sprawdź aktualne godziny.';

/** `branch`: index of the demo branch, or null for the whole library. Only national numbers are real. */
const DEMO_REFERRALS: (Omit<CreateReferralInput, 'branchId'> & { branch: number | null })[] = [
  {
    branch: null,
    name: 'Ośrodek Pomocy Społecznej (demo)',
    category: 'social_welfare',
    address: 'ul. Przykładowa 1, 00-000 Miasto',
    hours: 'pon.–pt. 8:00–16:00',
    needs: ['social', 'fees'],
    note: `${DEMO_NOTE} Zasiłki, praca socjalna, pomoc w trudnej sytuacji życiowej.`,
  },
  {
    branch: null,
    name: 'Punkt nieodpłatnej pomocy prawnej (demo)',
    category: 'legal_aid',
    address: 'ul. Przykładowa 2, 00-000 Miasto',
    hours: 'pon.–pt., po wcześniejszym zapisie',
    needs: ['complaint', 'other'],
    note: `${DEMO_NOTE} Porada prawna bez opłat; zwykle trzeba się wcześniej zapisać.`,
  },
  {
    branch: null,
    name: 'Urząd pracy (demo)',
    category: 'employment',
    address: 'ul. Przykładowa 3, 00-000 Miasto',
    hours: 'pon.–pt. 8:00–15:00',
    needs: ['information', 'digital'],
    note: `${DEMO_NOTE} Rejestracja osób bezrobotnych, oferty pracy, szkolenia.`,
  },
  {
    branch: null,
    name: 'Urząd dzielnicy — obsługa mieszkańców (demo)',
    category: 'city_office',
    address: 'ul. Przykładowa 4, 00-000 Miasto',
    hours: 'pon. 8:00–18:00, wt.–pt. 8:00–16:00',
    needs: ['information', 'accessibility'],
    note: `${DEMO_NOTE} Sprawy meldunkowe, dowody osobiste, karta mieszkańca.`,
  },
  {
    branch: null,
    name: 'Biblioteka główna — czytelnia naukowa (demo)',
    category: 'library',
    address: 'ul. Przykładowa 5, 00-000 Miasto',
    hours: 'pon.–sob. 10:00–20:00',
    needs: ['information', 'loan', 'space'],
    note: `${DEMO_NOTE} Zbiory naukowe, stanowiska do cichej pracy.`,
  },
  {
    branch: null,
    name: 'Telefon zaufania dla dorosłych w kryzysie emocjonalnym',
    category: 'crisis_line',
    phone: '116 123',
    needs: ['social'],
    note: NATIONAL_NOTE,
  },
  {
    branch: null,
    name: 'Telefon zaufania dla dzieci i młodzieży',
    category: 'crisis_line',
    phone: '116 111',
    needs: ['social'],
    note: NATIONAL_NOTE,
  },
  {
    branch: null,
    name: 'Numer alarmowy',
    category: 'crisis_line',
    phone: '112',
    needs: ['social', 'other'],
    note: 'Wpis z zestawu demonstracyjnego. Zagrożenie życia, zdrowia lub mienia — policja, pogotowie, straż pożarna.',
  },
  {
    branch: 0,
    name: 'Fundacja wsparcia cyfrowego seniorów (demo)',
    category: 'ngo',
    address: 'ul. Przykładowa 6, 00-000 Miasto',
    hours: 'wt. i czw. 10:00–14:00',
    needs: ['digital'],
    note: `${DEMO_NOTE} Bezpłatne konsultacje: smartfon, bankowość internetowa, e-urząd.`,
  },
  {
    branch: 1,
    name: 'Przychodnia podstawowej opieki zdrowotnej (demo)',
    category: 'health',
    address: 'ul. Przykładowa 7, 00-000 Miasto',
    hours: 'pon.–pt. 8:00–18:00',
    needs: ['social', 'accessibility'],
    note: DEMO_NOTE,
  },
];

/** Adds the demo referral directory for `relacja seed --demo`; entries already there (same name and branch) are kept. */
export async function seedDemoReferrals(db: Database, branchIds: readonly string[]): Promise<{ created: number; kept: number }> {
  let created = 0;
  let kept = 0;
  for (const { branch, ...entry } of DEMO_REFERRALS) {
    const branchId = branch === null ? null : branchIds[branch];
    if (branchId === undefined) continue;
    if (await findReferralRowByName(db, branchId, entry.name)) {
      kept += 1;
      continue;
    }
    await insertReferral(db, CreateReferralSchema.parse({ ...entry, branchId }), null);
    created += 1;
  }
  return { created, kept };
}
