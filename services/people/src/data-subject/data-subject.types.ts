import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * Everything the system holds about one leader (PDPA right of access), an entity so that each
 * subgraph adds what it holds: people the record, its history and who read it; activities the
 * events and posts (`activities`). Each part is JSON, in full: only ADMIN receives it.
 */
@Directive('@key(fields: "leaderId")')
@ObjectType({ description: "PDPA: everything held about one leader, each subgraph's part as JSON (admins)" })
export class LeaderDataExport {
  @Field(() => ID)
  leaderId!: string;

  @Field({ description: "When the export was made" })
  generatedAt!: Date;

  @Field({ description: "The leader's record as held, personal data in full (JSON)" })
  leader!: string;

  @Field({ description: "Every audited change of the record, oldest first (JSON array)" })
  history!: string;

  @Field({ description: "Who read the leader's personal data, latest first (JSON array)" })
  accessLog!: string;
}
