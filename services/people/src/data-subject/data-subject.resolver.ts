import { type RequestContext, Role } from "@change-leaders/common";
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { Leader } from "../leader/leader.entity";
import { dataSubjectService } from "./data-subject.service";
import { LeaderDataExport } from "./data-subject.types";

@Resolver()
export class DataSubjectResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => LeaderDataExport, {
    description: "PDPA right of access: everything the system holds about one leader across the subgraphs (admins); logged as a read in full",
  })
  leaderDataExport(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<LeaderDataExport> {
    return dataSubjectService.export(ctx, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Leader, {
    description:
      "PDPA erasure on the person's request (admins): removes what identifies the leader, irreversibly; history keeps that it happened and why",
  })
  eraseLeader(@Arg("id", () => ID) id: string, @Arg("reason") reason: string, @Ctx() ctx: RequestContext): Promise<Leader> {
    return dataSubjectService.erase(ctx, id, reason);
  }
}
