// The cluster module's hand-written SQL; the services keep the logic and call these.

/** Of the partners $1, those not (yet) active in zone $2 (`partner_id`). */
export const PARTNERS_NOT_IN_ZONE_SQL = `SELECT p AS partner_id FROM unnest($1::uuid[]) p WHERE NOT EXISTS (SELECT 1 FROM partner_zone pz WHERE pz.partner_id = p AND pz.zone_id = $2)`;
