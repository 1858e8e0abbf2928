import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** One of the 77 provinces (จังหวัด), keyed by its official two-digit code. */
@Directive('@key(fields: "code")')
@ObjectType({ description: "A province (จังหวัด) with its official two-digit code" })
@Entity("province")
export class Province {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 2 })
  code!: string;

  @Field()
  @Column({ name: "name_th", type: "varchar", length: 100 })
  nameTh!: string;

  @Field()
  @Column({ name: "name_en", type: "varchar", length: 100 })
  nameEn!: string;
}
