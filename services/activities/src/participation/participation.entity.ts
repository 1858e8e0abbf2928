import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn, Unique, VersionColumn } from "typeorm";

/** A leader registered for an event, and whether they attended. */
@ObjectType({ description: "A leader registered for an event, and whether they attended" })
@Entity("participation")
@Unique("uq_participation_event_leader", ["eventId", "leaderId"])
@Index("idx_participation_leader", ["leaderId", "registeredAt"])
@Index("idx_participation_event_tambon", ["eventId", "tambonCode"])
export class Participation {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Column({ name: "event_id", type: "varchar", length: 36 })
  eventId!: string;

  @Column({ name: "leader_id", type: "varchar", length: 36 })
  leaderId!: string;

  /** The leader's tambon when they registered (one of the event's target tambons). */
  @Field(() => ID)
  @Column({ name: "tambon_code", type: "varchar", length: 6 })
  tambonCode!: string;

  @Column({ name: "province_code", type: "varchar", length: 2 })
  provinceCode!: string;

  @Field()
  @Column({ name: "registered_at", type: "datetime", precision: 3 })
  registeredAt!: Date;

  @Field()
  @Column({ type: "boolean", default: false })
  attended!: boolean;

  @Field(() => Date, { nullable: true, description: "When attendance was recorded" })
  @Column({ name: "attendance_recorded_at", type: "datetime", precision: 3, nullable: true })
  attendanceRecordedAt!: Date | null;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}
