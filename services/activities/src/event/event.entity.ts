import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from "typeorm";

/** The seven activities of the programme (SPEC section 1). */
export enum EventKind {
  KICKOFF_MEETING = "KICKOFF_MEETING",
  WORKSHOP = "WORKSHOP",
  FOOD_SECURITY = "FOOD_SECURITY",
  MONITORING = "MONITORING",
  OUTSTANDING_CONTEST = "OUTSTANDING_CONTEST",
  EXCELLENCE_FORUM = "EXCELLENCE_FORUM",
  LESSONS_LEARNED = "LESSONS_LEARNED",
}
registerEnumType(EventKind, { name: "EventKind", description: "Which of the programme's seven activities an event belongs to" });

export enum EventMode {
  ONSITE = "ONSITE",
  ONLINE = "ONLINE",
  HYBRID = "HYBRID",
}
registerEnumType(EventMode, { name: "EventMode", description: "Where an event happens: on site, by video conference, or both" });

export enum EventStatus {
  SCHEDULED = "SCHEDULED",
  CANCELLED = "CANCELLED",
}
registerEnumType(EventStatus, { name: "EventStatus" });

/** Something that happens in the field: a meeting, a workshop, a forum… */
@Directive('@key(fields: "id")')
@ObjectType({ description: "An event of one of the programme's activities" })
@Entity("event")
@Index("idx_event_year_kind", ["fiscalYear", "kind", "startsAt"])
@Index("idx_event_province", ["organiserProvinceCode", "startsAt"])
export class Event {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field(() => EventKind)
  @Column({ type: "varchar", length: 32 })
  kind!: EventKind;

  @Field()
  @Column({ type: "varchar", length: 300 })
  title!: string;

  @Field()
  @Column({ name: "starts_at", type: "datetime", precision: 3 })
  startsAt!: Date;

  @Field()
  @Column({ name: "ends_at", type: "datetime", precision: 3 })
  endsAt!: Date;

  @Field(() => EventMode)
  @Column({ type: "varchar", length: 16 })
  mode!: EventMode;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 300, nullable: true })
  venue!: string | null;

  @Field(() => String, { nullable: true, description: "Who chairs the meeting, e.g. อธิบดีกรมการพัฒนาชุมชน" })
  @Column({ type: "varchar", length: 200, nullable: true })
  chair!: string | null;

  @Field(() => String, { nullable: true, description: "The video-conference link of an online or hybrid event" })
  @Column({ name: "meeting_url", type: "varchar", length: 500, nullable: true })
  meetingUrl!: string | null;

  @Field(() => Int, { description: "Buddhist-Era fiscal year, e.g. 2564" })
  @Column({ name: "fiscal_year", type: "int" })
  fiscalYear!: number;

  @Field(() => String, { nullable: true, description: "The organising province; null when the department organises it" })
  @Column({ name: "organiser_province_code", type: "varchar", length: 2, nullable: true })
  organiserProvinceCode!: string | null;

  @Field(() => Int)
  @Column({ name: "target_leaders_per_tambon", type: "int", default: 15 })
  targetLeadersPerTambon!: number;

  @Field(() => EventStatus)
  @Column({ type: "varchar", length: 16, default: EventStatus.SCHEDULED })
  status!: EventStatus;

  @Field(() => String, { nullable: true, description: "Why the event was cancelled" })
  @Column({ name: "cancel_reason", type: "varchar", length: 500, nullable: true })
  cancelReason!: string | null;

  /** The provincial offices (province codes) that joined, e.g. a kickoff meeting by video conference. */
  @Column({ name: "joined_province_codes", type: "simple-json", nullable: true })
  joinedProvinceCodes!: string[] | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "datetime", precision: 6 })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "datetime", precision: 6 })
  updatedAt!: Date;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}

/** A tambon an event targets. */
@Entity("event_tambon")
@Index("idx_event_tambon_tambon", ["tambonCode", "eventId"])
export class EventTambon {
  @PrimaryColumn({ name: "event_id", type: "varchar", length: 36 })
  eventId!: string;

  @PrimaryColumn({ name: "tambon_code", type: "varchar", length: 6 })
  tambonCode!: string;
}
