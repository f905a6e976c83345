// Demo accounts for local use only (listed in the README). Not loaded when DEMO_ACCOUNTS=false,
// which the docker-compose deployment sets.
import type { DataSource } from 'typeorm';
import { AuthService } from '../modules/auth/auth.service';
import { Region } from '../modules/region/region.entity';
import { Zone } from '../modules/zone/zone.entity';

export const DEMO_PASSWORD = 'kruispunt-demo';

export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; name: string; editorOf?: string; coachOf?: string; admin?: boolean }> = [
  { email: 'leuven@kruispunt.test', name: 'Stafmedewerker ELZ Leuven', editorOf: 'elz-leuven' },
  { email: 'leuven-noord@kruispunt.test', name: 'Stafmedewerker ELZ Leuven Noord', editorOf: 'elz-leuven-noord' },
  { email: 'leuven-zuid@kruispunt.test', name: 'Stafmedewerker ELZ Leuven Zuid', editorOf: 'elz-leuven-zuid' },
  { email: 'zuidoost-hageland@kruispunt.test', name: 'Stafmedewerker ELZOH', editorOf: 'elz-zuidoost-hageland' },
  { email: 'coach@kruispunt.test', name: 'VIVEL-coach Oost-Brabant', coachOf: 'oost-brabant' },
  { email: 'admin@kruispunt.test', name: 'Beheerder Kruispunt', admin: true },
];

export async function loadDemoAccounts(db: DataSource): Promise<void> {
  const auth = new AuthService(db);
  for (const account of DEMO_ACCOUNTS) {
    const user = await auth.createUser({ email: account.email, name: account.name, password: DEMO_PASSWORD }, { isAdmin: account.admin });
    if (account.editorOf) {
      const zone = await db.getRepository(Zone).findOneByOrFail({ slug: account.editorOf });
      await auth.addMembership(user.id, zone.id, 'EDITOR');
    }
    if (account.coachOf) {
      const region = await db.getRepository(Region).findOneByOrFail({ slug: account.coachOf });
      await auth.addCoachRegion(user.id, region.id);
    }
  }
}
