import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "What one run of the PDPA retention job did (or, as a dry run, would do)" })
export class RetentionReport {
  @Field({ description: "True when nothing was changed" })
  dryRun!: boolean;

  @Field(() => Int, { description: "LEADER_RETENTION_DAYS: how long a withdrawn leader keeps personal data" })
  retentionDays!: number;

  @Field({ description: "Leaders withdrawn before this moment are anonymised" })
  withdrawnBefore!: Date;

  @Field(() => Int, { description: "Leaders whose personal data was (would be) removed" })
  leadersAnonymised!: number;

  @Field(() => Int, { description: "History entries of those leaders stripped of personal data" })
  historyEntriesAnonymised!: number;
}
