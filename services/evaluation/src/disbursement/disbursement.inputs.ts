import { type Satang, BahtScalar, PageType } from "@change-leaders/common";
import { ArrayMaxSize, IsOptional, Length, Matches } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Disbursement } from "./disbursement.entity";

@InputType({ description: "A payment out of an award's budget; resend with the same idempotencyKey to retry safely" })
export class DisbursementInput {
  @Field(() => ID)
  @Matches(/^[0-9a-f-]{36}$/i, { message: "awardId is a UUID" })
  awardId!: string;

  @Field(() => BahtScalar, { description: 'A positive amount with at most two decimals, e.g. "250000.00"' })
  amount!: Satang;

  @Field()
  @Length(1, 500)
  purpose!: string;

  @Field()
  @Length(1, 100)
  reference!: string;

  @Field({ description: "Unique per disbursement: a retry with the same key returns the same disbursement" })
  @Matches(/^[\x21-\x7e]{1,100}$/, { message: "idempotencyKey is 1–100 visible ASCII characters" })
  idempotencyKey!: string;

  @Field(() => [String], { nullable: true, description: "Links or references to the evidence" })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 500, { each: true })
  evidence?: string[];
}

@ObjectType()
export class DisbursementPage extends PageType(Disbursement) {}
