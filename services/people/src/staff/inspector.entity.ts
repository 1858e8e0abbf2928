import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { StaffPerson } from "./staff-person";

/** A department inspector (ผู้ตรวจราชการกรม) assigned to an inspection region for a fiscal year. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A department inspector assigned to an inspection region of a fiscal year" })
@Entity("inspector")
@Index("idx_inspector_region", ["fiscalYear", "regionCode"])
@Index("uq_inspector_account_year", ["fiscalYear", "accountId"], { unique: true })
export class Inspector extends StaffPerson {
  @Field(() => Int)
  @Column({ name: "fiscal_year", type: "int" })
  fiscalYear!: number;

  @Field()
  @Column({ name: "region_code", type: "varchar", length: 16 })
  regionCode!: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: "account_id", type: "varchar", length: 36, nullable: true })
  accountId!: string | null;
}
