import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/** How an indicator is measured: a whole number of its unit, or money in baht. */
export enum IndicatorKind {
  COUNT = "COUNT",
  MONEY = "MONEY",
}
registerEnumType(IndicatorKind, { name: "IndicatorKind", description: "COUNT: a whole number of the unit; MONEY: baht" });

/**
 * One thing a food-security progress report measures (data, not code: admins add and retire them).
 * This is the catalogue; which of them a fiscal year reports on is that year's set (below).
 */
@ObjectType({ description: "Something a food-security progress report measures, with its unit" })
@Entity("progress_indicator")
export class ProgressIndicator {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 40 })
  code!: string;

  @Field()
  @Column({ name: "name_th", type: "varchar", length: 200 })
  nameTh!: string;

  @Field()
  @Column({ name: "name_en", type: "varchar", length: 200 })
  nameEn!: string;

  @Field({ description: "The unit in Thai, e.g. ครัวเรือน" })
  @Column({ name: "unit_th", type: "varchar", length: 50 })
  unitTh!: string;

  @Field({ description: "The unit in English, e.g. households" })
  @Column({ name: "unit_en", type: "varchar", length: 50 })
  unitEn!: string;

  @Field(() => IndicatorKind)
  @Column({ type: "varchar", length: 16 })
  kind!: IndicatorKind;

  @Field(() => Int)
  @Column({ name: "sort_order", type: "int", default: 0 })
  sortOrder!: number;

  @Field({
    description:
      "Retired indicators stay on old reports but take no new values. Asked for a fiscal year: whether it is in that year's set (and not retired everywhere)",
  })
  @Column({ type: "boolean", default: true })
  active!: boolean;
}

/**
 * One indicator in the set a fiscal year reports on, in the year's order. Retiring it from the year
 * keeps the row (retiredAt): the year's reports keep their values of it, new values are refused. A year
 * without rows of its own reports on the set of the latest earlier year that has some (see
 * progress-indicator.service.ts), so a new fiscal year runs on last year's indicators until an admin
 * changes them or copies a year's set-up into it.
 */
@Entity("progress_indicator_year")
@Index("idx_progress_indicator_year_code", ["indicatorCode"])
export class ProgressIndicatorYear {
  @PrimaryColumn({ name: "fiscal_year", type: "int" })
  fiscalYear!: number;

  @PrimaryColumn({ name: "indicator_code", type: "varchar", length: 40 })
  indicatorCode!: string;

  @Column({ name: "sort_order", type: "int", default: 0 })
  sortOrder!: number;

  @Column({ name: "retired_at", type: "datetime", precision: 3, nullable: true })
  retiredAt!: Date | null;
}

/** The first fiscal year of the programme: its set is the standard indicators (the migration and the seed give it them). */
export const FIRST_INDICATOR_YEAR = 2564;

/** The indicators every store starts with (SEED=none too): households, plots, produce and savings. */
export const STANDARD_INDICATORS: ProgressIndicator[] = [
  { code: "HOUSEHOLDS", nameTh: "ครัวเรือนที่เข้าร่วม", nameEn: "Households taking part", unitTh: "ครัวเรือน", unitEn: "households" },
  { code: "PLOTS", nameTh: "แปลงผลิตอาหาร", nameEn: "Food plots", unitTh: "แปลง", unitEn: "plots" },
  { code: "PRODUCE_KG", nameTh: "ผลผลิต", nameEn: "Produce", unitTh: "กิโลกรัม", unitEn: "kg" },
  { code: "SAVINGS", nameTh: "เงินออมจากการลดรายจ่าย", nameEn: "Savings", unitTh: "บาท", unitEn: "baht" },
].map((indicator, i) => ({
  ...indicator,
  kind: indicator.code === "SAVINGS" ? IndicatorKind.MONEY : IndicatorKind.COUNT,
  sortOrder: (i + 1) * 10,
  active: true,
}));
