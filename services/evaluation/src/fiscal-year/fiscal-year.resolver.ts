import { type RequestContext, PageInput, Role, pageOf } from "@change-leaders/common";
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { FiscalYear, FiscalYearPage } from "./fiscal-year.entity";
import { fiscalYearService } from "./fiscal-year.service";

@Resolver(() => FiscalYear)
export class FiscalYearResolver {
  @Query(() => FiscalYear, { description: "A fiscal year and whether it is closed (a year never closed is OPEN)" })
  fiscalYear(@Arg("fiscalYear", () => Int) fiscalYear: number, @Ctx() ctx: RequestContext): Promise<FiscalYear> {
    return fiscalYearService.find(ctx, fiscalYear);
  }

  @Query(() => FiscalYearPage, { description: "The fiscal years of the programme, newest first" })
  async fiscalYears(@Arg("page", () => PageInput, { nullable: true }) page: PageInput | null, @Ctx() ctx: RequestContext): Promise<FiscalYearPage> {
    const { limit, offset } = pageOf(page);
    const years = await fiscalYearService.list(ctx);
    return { nodes: years.slice(offset, offset + limit), totalCount: years.length };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => FiscalYear, {
    description:
      "Closes an ended fiscal year (ADMIN): its contest and money are final, writes are INVALID_TRANSITION; refused while a disbursement is recorded or approved but not paid",
  })
  closeFiscalYear(@Arg("fiscalYear", () => Int) fiscalYear: number, @Ctx() ctx: RequestContext): Promise<FiscalYear> {
    return fiscalYearService.close(ctx, fiscalYear);
  }
}
