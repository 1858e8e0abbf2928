import { StaffOnly } from "@change-leaders/common";
import { Field, ID, Int, ObjectType, UseMiddleware, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export enum EngagementChannel {
  FACEBOOK = "FACEBOOK",
  TIKTOK = "TIKTOK",
  YOUTUBE = "YOUTUBE",
  LINE = "LINE",
  INSTAGRAM = "INSTAGRAM",
  OTHER = "OTHER",
}
registerEnumType(EngagementChannel, { name: "EngagementChannel", description: "Where a result was posted online" });

/** A result posted on an online channel, followed up by sampling its Like & Follow and Share counts (activity 4). */
@ObjectType({ description: "A result posted online, followed up by sampling its likes, follows and shares (activity 4)" })
@Entity("engagement_post")
@Index("idx_engagement_post_tambon", ["tambonCode", "postedAt"])
@Index("idx_engagement_post_province", ["provinceCode", "postedAt"])
@Index("idx_engagement_post_leader", ["leaderId"])
export class EngagementPost {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field(() => EngagementChannel)
  @Column({ type: "varchar", length: 16 })
  channel!: EngagementChannel;

  @Field({ description: "The post's address (http or https)" })
  @Column({ type: "varchar", length: 500 })
  url!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 300, nullable: true })
  title!: string | null;

  @Field(() => ID)
  @Column({ name: "tambon_code", type: "varchar", length: 6 })
  tambonCode!: string;

  @Field(() => ID)
  @Column({ name: "province_code", type: "varchar", length: 2 })
  provinceCode!: string;

  @Column({ name: "leader_id", type: "varchar", length: 36, nullable: true })
  leaderId!: string | null;

  @Field(() => ID, { nullable: true, description: "The monitoring (or other) event it belongs to, if any" })
  @Column({ name: "event_id", type: "varchar", length: 36, nullable: true })
  eventId!: string | null;

  @Field()
  @Column({ name: "posted_at", type: "datetime", precision: 3 })
  postedAt!: Date;

  /** When it was recorded here: a draw's population is the posts recorded up to the draw. */
  @Field()
  @Column({ name: "created_at", type: "datetime", precision: 3 })
  createdAt!: Date;
}

/** The counts of a post at one moment, and who looked. */
@ObjectType({ description: "The likes, follows and shares of a post at one moment, and who sampled them" })
@Entity("engagement_sample")
@Index("idx_engagement_sample_post", ["postId", "sampledAt"])
export class EngagementSample {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field(() => ID)
  @Column({ name: "post_id", type: "varchar", length: 36 })
  postId!: string;

  @Field(() => Int)
  @Column({ type: "int" })
  likes!: number;

  @Field(() => Int)
  @Column({ type: "int" })
  follows!: number;

  @Field(() => Int)
  @Column({ type: "int" })
  shares!: number;

  @Field()
  @Column({ name: "sampled_at", type: "datetime", precision: 3 })
  sampledAt!: Date;

  @Field(() => String, { nullable: true, description: "Who sampled the counts (null for partners)" })
  @UseMiddleware(StaffOnly)
  @Column({ name: "sampled_by", type: "varchar", length: 128 })
  sampledBy!: string;

  @Column({ name: "sampled_by_id", type: "varchar", length: 64, nullable: true })
  sampledById!: string | null;
}

/** A random draw of posts to check, kept so that an auditor can replay it. */
@ObjectType({ description: "A reproducible random draw of posts to check: the same filter, size and seed give the same posts" })
@Entity("engagement_draw")
@Index("idx_engagement_draw_province", ["provinceCode", "drawnAt"])
export class EngagementDraw {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  /** The filter as it was applied (JSON), an officer's province included. */
  @Column({ type: "text" })
  filter!: string;

  @Column({ name: "province_code", type: "varchar", length: 2, nullable: true })
  provinceCode!: string | null;

  @Field(() => Int, { description: "How many posts were asked for" })
  @Column({ type: "int" })
  size!: number;

  @Field()
  @Column({ type: "varchar", length: 200 })
  seed!: string;

  @Field(() => Int, { description: "How many posts matched the filter when it was drawn" })
  @Column({ name: "population_count", type: "int" })
  populationCount!: number;

  @Field(() => [ID], { description: "The posts drawn, in the order drawn" })
  @Column({ name: "post_ids", type: "simple-json" })
  postIds!: string[];

  @Field()
  @Column({ name: "drawn_at", type: "datetime", precision: 3 })
  drawnAt!: Date;

  @Field(() => String, { nullable: true, description: "Who drew the posts (null for partners)" })
  @UseMiddleware(StaffOnly)
  @Column({ name: "drawn_by", type: "varchar", length: 128 })
  drawnBy!: string;

  @Field(() => ID, { nullable: true, description: "The account that drew the posts; staffNames gives its display name" })
  @UseMiddleware(StaffOnly)
  @Column({ name: "drawn_by_id", type: "varchar", length: 64, nullable: true })
  drawnById!: string | null;
}
