import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/** A tambon (ตำบล, or แขวง in Bangkok), keyed by its official six-digit code. */
@Directive('@key(fields: "code")')
@ObjectType({ description: "A tambon (ตำบล / แขวง) with its official six-digit code" })
@Entity("tambon")
@Index("idx_tambon_district", ["districtCode", "code"])
@Index("idx_tambon_province", ["provinceCode", "code"])
@Index("idx_tambon_name_th", ["nameTh"])
@Index("idx_tambon_name_en", ["nameEn"])
export class Tambon {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 6 })
  code!: string;

  @Field()
  @Column({ name: "district_code", type: "varchar", length: 4 })
  districtCode!: string;

  @Field()
  @Column({ name: "province_code", type: "varchar", length: 2 })
  provinceCode!: string;

  @Field()
  @Column({ name: "name_th", type: "varchar", length: 100 })
  nameTh!: string;

  @Field()
  @Column({ name: "name_en", type: "varchar", length: 100 })
  nameEn!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: "postal_code", type: "varchar", length: 5, nullable: true })
  postalCode!: string | null;
}
