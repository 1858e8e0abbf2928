export const CHANNELS = ["FACEBOOK", "TIKTOK", "YOUTUBE", "LINE", "INSTAGRAM", "OTHER"];
/** The channels as choices, named by their i18n keys (a select translates its choices). */
export const channels = CHANNELS.map((id) => ({ id, name: `enums.channel.${id}` }));

/** Who records posts and their counts. */
export const mayRecord = (role: unknown) => role === "ADMIN" || role === "PROVINCE_OFFICER";

export type SampleCounts = { likes: string; follows: string; shares: string };
