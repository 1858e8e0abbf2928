import { type RequestContext, PageInput, Role, pageOf } from "@change-leaders/common";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { ParticipationPage } from "../participation/participation.inputs";
import { participationService } from "../participation/participation.service";
import { ProvinceRef } from "../province/province.ref";
import { TambonRef } from "../tambon/tambon.ref";
import { EventOffice } from "./event-office.entity";
import { Event } from "./event.entity";
import { Attendance, EventFilter, EventInput, EventPage, EventUpdateInput, TambonAttendance } from "./event.inputs";
import { eventService } from "./event.service";

@Resolver(() => Event)
export class EventResolver {
  @Authorized()
  @Query(() => Event, { nullable: true })
  event(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Event | null> {
    return eventService.findReadable(ctx, id);
  }

  @Authorized()
  @Query(() => EventPage, { description: "Events by kind, fiscal year, province, tambon and date range" })
  events(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => EventFilter, { nullable: true }) filter?: EventFilter,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return eventService.list(ctx, filter, pageOf(page));
  }

  @Authorized(Role.ADMIN, Role.PROVINCE_OFFICER)
  @Mutation(() => Event, { description: "Records a new event; officers organise events of their own province" })
  createEvent(@Arg("input", () => EventInput) input: EventInput, @Ctx() ctx: RequestContext): Promise<Event> {
    return eventService.create(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.PROVINCE_OFFICER)
  @Mutation(() => Event)
  updateEvent(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => EventUpdateInput) input: EventUpdateInput,
    @Ctx() ctx: RequestContext,
    @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion?: number,
  ): Promise<Event> {
    return eventService.update(ctx, id, input, expectedVersion);
  }

  @Authorized(Role.ADMIN, Role.PROVINCE_OFFICER)
  @Mutation(() => Event, { description: "Cancels an event, with the reason; its record and attendance stay" })
  cancelEvent(@Arg("id", () => ID) id: string, @Arg("reason") reason: string, @Ctx() ctx: RequestContext): Promise<Event> {
    return eventService.cancel(ctx, id, reason);
  }

  @Authorized(Role.ADMIN, Role.PROVINCE_OFFICER)
  @Mutation(() => EventOffice, {
    description: "A provincial office records that it takes part in a department meeting, and from which room (officers: their own office)",
  })
  joinEventAsOffice(
    @Arg("eventId", () => ID) eventId: string,
    @Arg("room") room: string,
    @Ctx() ctx: RequestContext,
    @Arg("provinceCode", () => ID, { nullable: true, description: "The office; an officer's own by default, required for an admin" })
    provinceCode?: string | null,
  ): Promise<EventOffice> {
    return eventService.joinAsOffice(ctx, eventId, room, provinceCode);
  }

  @FieldResolver(() => [EventOffice], { description: "The provincial offices taking part, each with the room it joins from" })
  offices(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<EventOffice[]> {
    return eventService.offices(ctx, event.id);
  }

  @FieldResolver(() => [TambonRef], { description: "The tambons this event targets" })
  async tambons(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<TambonRef[]> {
    return (await eventService.tambonCodes(ctx, event.id)).map((code) => ({ code }));
  }

  @FieldResolver(() => [ProvinceRef], { description: "The provincial offices that joined (e.g. a video conference)" })
  joinedProvinces(@Root() event: Event): ProvinceRef[] {
    return (event.joinedProvinceCodes ?? []).map((code) => ({ code }));
  }

  @FieldResolver(() => Attendance, { description: "Registered, attended and target leaders (target tambons × leaders per tambon)" })
  attendance(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Attendance> {
    return eventService.attendance(ctx, event);
  }

  @FieldResolver(() => [TambonAttendance], { description: "The attendance of each target tambon" })
  attendanceByTambon(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<TambonAttendance[]> {
    return eventService.attendanceByTambon(ctx, event);
  }

  @FieldResolver(() => ParticipationPage, { description: "The leaders registered, by tambon" })
  participations(@Root() event: Event, @Ctx() ctx: RequestContext, @Arg("page", () => PageInput, { nullable: true }) page?: PageInput) {
    return participationService.ofEvent(ctx, event.id, pageOf(page));
  }
}

@Resolver(() => TambonRef)
export class TambonEventsResolver {
  @FieldResolver(() => EventPage, { nullable: true, description: "Events that target this tambon, latest first" })
  events(@Root() tambon: TambonRef, @Ctx() ctx: RequestContext, @Arg("page", () => PageInput, { nullable: true }) page?: PageInput) {
    return eventService.ofTambon(ctx, tambon.code, pageOf(page));
  }
}
