import { Field, ID, ObjectType } from "type-graphql";
import { Column, PrimaryColumn } from "typeorm";

/** Who a member of staff is and their post: what an officer and an inspector record alike. */
@ObjectType()
export abstract class StaffPerson {
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

  @Field({ description: "The post, e.g. นักวิชาการพัฒนาชุมชนชำนาญการ or ผู้ตรวจราชการกรม" })
  @Column({ type: "varchar", length: 200 })
  position!: string;
}
