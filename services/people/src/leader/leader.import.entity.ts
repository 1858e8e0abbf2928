import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * One bulk import of leaders (`importLeaders`, not a dry run): who sent which file when, and what it
 * wrote, in one row instead of one history entry per leader. The leaders it wrote carry its id
 * (`leader.import_id`, written in the same INSERT), so "the ids written" are a query, not a copy;
 * each of them shows the import as the first entry of its history (`leaderImport.openingEntry`).
 * It holds no leader's personal data: the file itself is not kept, only its SHA-256.
 */
@ObjectType({ description: "One import of leaders from a file: who, when, the file's SHA-256 and what it wrote (admins)" })
@Entity("leader_import")
@Index("idx_leader_import_at", ["at"])
export class LeaderImport {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field(() => String, { nullable: true, description: "The account (or API key) that imported" })
  @Column({ name: "actor_id", type: "varchar", length: 64, nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "actor_name", type: "varchar", length: 128, nullable: true })
  actorName!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "actor_role", type: "varchar", length: 32, nullable: true })
  actorRole!: string | null;

  @Field(() => String, { nullable: true, description: "The request that imported (the services' logs carry it)" })
  @Column({ name: "request_id", type: "varchar", length: 64, nullable: true })
  requestId!: string | null;

  @Field()
  @Column({ type: "datetime", precision: 3 })
  at!: Date;

  @Field({ description: "csv or xlsx" })
  @Column({ name: "file_kind", type: "varchar", length: 8 })
  fileKind!: string;

  @Field({ description: "SHA-256 (hex) of the file as sent: the CSV's text in UTF-8, or the workbook's bytes" })
  @Column({ name: "file_sha256", type: "varchar", length: 64 })
  fileSha256!: string;

  @Field(() => Int, { description: "Data rows read" })
  @Column({ name: "row_count", type: "int" })
  rowCount!: number;

  @Field(() => Int, { description: "Leaders written (the leaders whose importId is this import's id)" })
  @Column({ name: "created_count", type: "int" })
  createdCount!: number;
}
