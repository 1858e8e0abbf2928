import { PageType, StaffOnly } from "@change-leaders/common";
import { Field, Int, ObjectType, UseMiddleware, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** A fiscal year runs (OPEN) until an admin closes it; a CLOSED year's contest and money are final. */
export enum FiscalYearStatus {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
}
registerEnumType(FiscalYearStatus, { name: "FiscalYearStatus" });

/**
 * A fiscal year of the programme (Buddhist Era, e.g. 2565 = 1 Oct 2021 – 30 Sep 2022) and whether it
 * is closed. A year has a row only once it is closed; a year without one is open.
 */
@ObjectType({ description: "A fiscal year of the programme and whether its contest and money are closed" })
@Entity("fiscal_year")
export class FiscalYear {
  @Field(() => Int, { description: "Buddhist Era, e.g. 2565" })
  @PrimaryColumn({ name: "fiscal_year", type: "int" })
  fiscalYear!: number;

  @Field(() => FiscalYearStatus)
  @Column({ type: "varchar", length: 8 })
  status!: FiscalYearStatus;

  @Field(() => Date, { nullable: true, description: "When an admin closed the year" })
  @Column({ name: "closed_at", type: "datetime", precision: 6, nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The account that closed the year (staff only)" })
  @UseMiddleware(StaffOnly)
  @Column({ name: "closed_by", type: "varchar", length: 36, nullable: true })
  closedBy!: string | null;

  @Field(() => String, { description: "e.g. ปีงบประมาณ 2565" })
  nameTh(): string {
    return `ปีงบประมาณ ${this.fiscalYear}`;
  }
}

@ObjectType()
export class FiscalYearPage extends PageType(FiscalYear) {}
