import { PageType, IsTambonCode, PlaceFilter } from "@change-leaders/common";
import { IsEnum, IsOptional, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { EngagementChannel, EngagementDraw, EngagementPost, EngagementSample } from "./engagement.entity";

@InputType({ description: "A result posted online" })
export class EngagementPostInput {
  @Field(() => EngagementChannel)
  @IsEnum(EngagementChannel)
  channel!: EngagementChannel;

  @Field({ description: "http or https" })
  @MaxLength(500)
  url!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  title?: string | null;

  @Field(() => ID)
  @IsTambonCode()
  tambonCode!: string;

  @Field(() => ID, { nullable: true, description: "The leader who posted it; a leader of the same tambon" })
  @IsOptional()
  leaderId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  eventId?: string | null;

  @Field()
  postedAt!: Date;
}

@InputType({ description: "The counts of a post as seen at one moment" })
export class EngagementSampleInput {
  @Field(() => ID)
  postId!: string;

  @Field(() => Int)
  @Min(0, { message: "likes cannot be negative" })
  @Max(2_000_000_000)
  likes!: number;

  @Field(() => Int)
  @Min(0, { message: "follows cannot be negative" })
  @Max(2_000_000_000)
  follows!: number;

  @Field(() => Int)
  @Min(0, { message: "shares cannot be negative" })
  @Max(2_000_000_000)
  shares!: number;

  @Field({ nullable: true, description: "When the counts were read; now by default" })
  sampledAt?: Date;
}

@InputType({ description: "Narrows a list of posts (and the population of a draw)" })
export class EngagementPostFilter extends PlaceFilter {
  @Field(() => EngagementChannel, { nullable: true })
  @IsEnum(EngagementChannel)
  channel?: EngagementChannel;

  @Field(() => ID, { nullable: true })
  leaderId?: string;

  @Field(() => ID, { nullable: true })
  eventId?: string;

  @Field({ nullable: true, description: "Posted at or after" })
  postedFrom?: Date;

  @Field({ nullable: true, description: "Posted before" })
  postedTo?: Date;
}

@ObjectType()
export class EngagementPostPage extends PageType(EngagementPost) {}

@ObjectType()
export class EngagementSamplePage extends PageType(EngagementSample) {}

@ObjectType()
export class EngagementDrawPage extends PageType(EngagementDraw) {}

@ObjectType({ description: "The filter a draw applied" })
export class EngagementDrawFilter {
  @Field(() => ID, { nullable: true })
  provinceCode?: string;

  @Field(() => ID, { nullable: true })
  tambonCode?: string;

  @Field(() => EngagementChannel, { nullable: true })
  channel?: EngagementChannel;

  @Field(() => ID, { nullable: true })
  leaderId?: string;

  @Field(() => ID, { nullable: true })
  eventId?: string;

  @Field({ nullable: true })
  postedFrom?: Date;

  @Field({ nullable: true })
  postedTo?: Date;
}

@ObjectType({ description: "A tambon's posts and their latest counts, and how much they grew since first sampled" })
export class EngagementTotals {
  @Field(() => Int)
  posts!: number;

  @Field(() => Int, { description: "Posts with at least one sample" })
  sampledPosts!: number;

  @Field(() => Int, { description: "Sum of each post's latest likes" })
  likes!: number;

  @Field(() => Int)
  follows!: number;

  @Field(() => Int)
  shares!: number;

  @Field(() => Int, { description: "Sum over posts of latest minus first sampled likes" })
  likesGrowth!: number;

  @Field(() => Int)
  followsGrowth!: number;

  @Field(() => Int)
  sharesGrowth!: number;
}

@ObjectType({ description: "A recorded draw run again over the posts recorded up to its time" })
export class EngagementDrawReplay {
  @Field(() => EngagementDraw)
  draw!: EngagementDraw;

  @Field(() => [ID], { description: "The posts the replay draws" })
  postIds!: string[];

  @Field(() => Int)
  populationCount!: number;

  @Field({ description: "True when the replay draws exactly the recorded posts, in the same order" })
  matches!: boolean;
}
