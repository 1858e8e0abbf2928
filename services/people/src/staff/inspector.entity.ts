import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/** A department inspector (ผู้ตรวจราชการกรม) assigned to an inspection region for a fiscal year. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A department inspector assigned to an inspection region of a fiscal year" })
@Entity("inspector")
@Index("idx_inspector_region", ["fiscalYear", "regionCode"])
export class Inspector {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field()
  @Column({ type: "varchar", length: 50 })
  title!: string;

  @Field()
  @Column({ name: "first_name", type: "varchar", length: 100 })
  firstName!: string;

  @Field()
  @Column({ name: "last_name", type: "varchar", length: 100 })
  lastName!: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  position!: string;

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
