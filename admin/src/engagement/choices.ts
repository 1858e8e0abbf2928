export const CHANNELS = ["FACEBOOK", "TIKTOK", "YOUTUBE", "LINE", "INSTAGRAM", "OTHER"];
export const channels = CHANNELS.map((id) => ({ id, name: id }));

/** Who records posts and their counts. */
export const mayRecord = (role: unknown) => role === "ADMIN" || role === "PROVINCE_OFFICER";

export type SampleCounts = { likes: string; follows: string; shares: string };
