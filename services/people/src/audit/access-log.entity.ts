import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * One read of a leader's personal data: a staff read of the full national ID, phone or birth date (a
 * field or a history snapshot), or a partner request that returned a leader's name; who read, whose,
 * which fields, by which operation, why, when.
 * Written by one multi-row INSERT per batch of reads (see access-log.service.ts), never per field.
 */
@ObjectType({ description: "A read of a leader's personal data: staff in full (national ID, phone, birth date), partners by name" })
@Entity("access_log")
@Index("idx_access_log_leader", ["leaderId", "at"])
@Index("idx_access_log_actor", ["actorId", "at"])
export class AccessLogEntry {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field()
  @Column({ name: "actor_id", type: "varchar", length: 64 })
  actorId!: string;

  @Field()
  @Column({ name: "actor_name", type: "varchar", length: 128 })
  actorName!: string;

  @Field()
  @Column({ name: "actor_role", type: "varchar", length: 32 })
  actorRole!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: "request_id", type: "varchar", length: 64, nullable: true })
  requestId!: string | null;

  @Field()
  @Column({ name: "leader_id", type: "varchar", length: 36 })
  leaderId!: string;

  @Field({ description: "The fields read, comma-separated: birthDate, nationalId, phone (staff, in full); firstName, lastName (partners)" })
  @Column({ type: "varchar", length: 64 })
  fields!: string;

  @Field(() => String, { nullable: true, description: "The GraphQL operation that read them, as the client named it" })
  @Column({ type: "varchar", length: 128, nullable: true })
  operation!: string | null;

  @Field(() => String, { nullable: true, description: "Why: a partner key's stated purpose" })
  @Column({ type: "varchar", length: 500, nullable: true })
  purpose!: string | null;

  @Field()
  @Column({ type: "datetime", precision: 3 })
  at!: Date;
}
