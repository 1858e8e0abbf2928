import type { RequestContext } from "@change-leaders/common";
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Account } from "../account/account.entity";
import { InspectionRegion } from "../region/region.entity";
import { Inspector } from "./inspector.entity";
import { Officer } from "./officer.entity";
import { InspectorInput, OfficerFilter, OfficerInput } from "./staff.inputs";
import { staffService } from "./staff.service";

@Resolver(() => Officer)
export class OfficerResolver {
  @Query(() => [Officer], { description: "Community development officers (staff only; an officer sees their province's)" })
  officers(@Ctx() ctx: RequestContext, @Arg("filter", () => OfficerFilter, { nullable: true }) filter?: OfficerFilter): Promise<Officer[]> {
    return staffService.officers(ctx, filter);
  }

  @Mutation(() => Officer, { description: "Records an officer, optionally linked to their login (admins only)" })
  createOfficer(@Arg("input", () => OfficerInput) input: OfficerInput, @Ctx() ctx: RequestContext): Promise<Officer> {
    return staffService.createOfficer(ctx, input);
  }
}

@Resolver(() => Inspector)
export class InspectorResolver {
  @Query(() => [Inspector], { description: "The inspectors of a fiscal year (staff only)" })
  inspectors(@Arg("fiscalYear", () => Int) fiscalYear: number, @Ctx() ctx: RequestContext): Promise<Inspector[]> {
    return staffService.inspectors(ctx, fiscalYear);
  }

  @Mutation(() => Inspector, { description: "Assigns an inspector to an inspection region of a fiscal year (admins only)" })
  createInspector(@Arg("input", () => InspectorInput) input: InspectorInput, @Ctx() ctx: RequestContext): Promise<Inspector> {
    return staffService.createInspector(ctx, input);
  }
}

@Resolver(() => InspectionRegion)
export class RegionInspectorsResolver {
  @FieldResolver(() => [Inspector], { description: "The inspectors assigned to this region (empty for partners)" })
  inspectors(@Root() region: InspectionRegion, @Ctx() ctx: RequestContext): Promise<Inspector[]> {
    return staffService.inspectorsOfRegion(ctx, region);
  }
}

@Resolver(() => Account)
export class AccountStaffResolver {
  @FieldResolver(() => [Officer], { description: "The officer records linked to this login (none for partners)" })
  officers(@Root() account: Account, @Ctx() ctx: RequestContext): Promise<Officer[]> {
    return staffService.ofAccount(ctx, Officer, account.id);
  }

  @FieldResolver(() => [Inspector], { description: "The inspector assignments (a region per fiscal year) of this login (none for partners)" })
  inspectors(@Root() account: Account, @Ctx() ctx: RequestContext): Promise<Inspector[]> {
    return staffService.ofAccount(ctx, Inspector, account.id);
  }
}
