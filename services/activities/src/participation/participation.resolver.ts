import { type RequestContext, PageInput, Role, pageOf } from "@change-leaders/common";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { Event } from "../event/event.entity";
import { eventService } from "../event/event.service";
import { LeaderRef } from "../leader/leader.ref";
import { TambonRef } from "../tambon/tambon.ref";
import { Participation } from "./participation.entity";
import { ParticipationPage } from "./participation.inputs";
import { participationService } from "./participation.service";

@Resolver(() => Participation)
export class ParticipationResolver {
  @Authorized(Role.ADMIN, Role.PROVINCE_OFFICER)
  @Mutation(() => [Participation], {
    description: "Registers leaders for an event: only active leaders of its target tambons; all or none; repeating it changes nothing",
  })
  registerParticipants(
    @Arg("eventId", () => ID) eventId: string,
    @Arg("leaderIds", () => [ID]) leaderIds: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<Participation[]> {
    return participationService.register(ctx, eventId, leaderIds);
  }

  @Authorized(Role.ADMIN, Role.PROVINCE_OFFICER)
  @Mutation(() => [Participation], { description: "Marks registered leaders as attended (or, with attended: false, absent)" })
  recordAttendance(
    @Arg("eventId", () => ID) eventId: string,
    @Arg("leaderIds", () => [ID]) leaderIds: string[],
    @Ctx() ctx: RequestContext,
    @Arg("attended", { defaultValue: true }) attended: boolean,
  ): Promise<Participation[]> {
    return participationService.recordAttendance(ctx, eventId, leaderIds, attended);
  }

  @FieldResolver(() => Event, { nullable: true })
  event(@Root() participation: Participation, @Ctx() ctx: RequestContext): Promise<Event | null> {
    return eventService.find(ctx, participation.eventId);
  }

  @FieldResolver(() => LeaderRef)
  leader(@Root() participation: Participation): LeaderRef {
    return { id: participation.leaderId };
  }

  @FieldResolver(() => TambonRef)
  tambon(@Root() participation: Participation): TambonRef {
    return { code: participation.tambonCode };
  }
}

@Resolver(() => LeaderRef)
export class LeaderParticipationsResolver {
  @FieldResolver(() => ParticipationPage, { nullable: true, description: "The events this leader registered for, latest first" })
  participations(@Root() leader: LeaderRef, @Ctx() ctx: RequestContext, @Arg("page", () => PageInput, { nullable: true }) page?: PageInput) {
    return participationService.ofLeader(ctx, leader.id, pageOf(page));
  }
}
