import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * One staff read of a leader's full national ID, phone or birth date (a field or a history snapshot): who read, whose, which fields, when.
 * Written by one multi-row INSERT per batch of reads (see access-log.service.ts), never per field.
 */
@ObjectType({ description: "A staff member's read of a leader's national ID, phone or birth date" })
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

  @Field({ description: "The fields read, comma-separated: birthDate, nationalId, phone" })
  @Column({ type: "varchar", length: 64 })
  fields!: string;

  @Field()
  @Column({ type: "datetime", precision: 3 })
  at!: Date;
}
