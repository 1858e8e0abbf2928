import { registerEnumType } from "type-graphql";

/** The three rounds of the contest: a provincial, a regional and a national panel. */
export enum ContestRound {
  PROVINCE = "PROVINCE",
  REGION = "REGION",
  NATION = "NATION",
}
registerEnumType(ContestRound, { name: "ContestRound", description: "The round of the contest a nomination is in" });

/** The round a selected tambon goes on to. */
export const NEXT_ROUND: Readonly<Record<ContestRound, ContestRound | null>> = {
  [ContestRound.PROVINCE]: ContestRound.REGION,
  [ContestRound.REGION]: ContestRound.NATION,
  [ContestRound.NATION]: null,
};
