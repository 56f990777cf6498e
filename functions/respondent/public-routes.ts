// The respondent app's public JSON routes (no login), documented for OpenAPI: the organizer app serves
// the one document. Only OpenAPI and the tests read this list, so the respondent bundle stays small; a
// test checks it against the routes infra gives the respondent function (infra/function-specs.ts).
import * as v from 'valibot';
import { RequestInputSchema } from '../../shared/programme/request-schema.js';
import { SignInInputSchema } from '../../shared/sign-in/sign-in-schema.js';
import { AssignmentSchema, DeclineSchema, LectureStatusSchema } from '../../shared/lectures/lecture-schema.js';
import { SurveySchema } from '../../shared/survey/survey-schema.js';
import { ESSAY_CALL_STATES, EssayInputSchema, ReviewInputSchema } from '../../shared/essays/essay-schema.js';
import { ESSAY_FILE_FORMATS } from '../../shared/essays/essay-file.js';
import { json, type ApiDoc } from '../http/api-doc.js';
import { MenuView } from '../http/menu-view.js';
import { PUBLIC_BODIES } from './public-bodies.js';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const districtTime = v.pipe(v.string(), v.description('District time, YYYY-MM-DD HH:mm'));

export const PublishedSurvey = v.object({
  ...SurveySchema.entries,
  requiresAccessCode: v.optional(v.pipe(v.literal(true), v.description('Send an accessCode with the answers'))),
});

export const Submitted = v.object({ responseId: v.string() });
const replay = { status: 200, json: Submitted, description: 'A replay of the same submissionId: the first answer, nothing changed' } as const;

const UnitOption = v.object({ id: v.string(), label: v.string(), front: v.string() });
export const FeedbackForm = v.object({
  ...SurveySchema.entries,
  lecture: v.object({ topic: v.string(), expert: v.string(), startsAt: districtTime, units: v.array(UnitOption), place: v.string(), feedbackClosesAt: districtTime }),
});

export const UnitHome = v.object({
  unit: v.object({ ...UnitOption.entries, frontLabel: v.optional(v.string()) }),
  surveys: v.array(v.object({ surveyId: v.string(), title: v.string(), url: v.string(), responses: count, lastResponseAt: v.optional(districtTime) })),
  menus: v.array(
    v.object({
      menuId: v.string(),
      title: v.string(),
      status: v.picklist(['draft', 'published', 'closed']),
      orderDeadline: districtTime,
      open: v.boolean(),
      request: v.optional(
        v.object({
          requestId: v.string(),
          version: v.number(),
          status: v.string(),
          statusReason: v.optional(v.string()),
          picks: RequestInputSchema.entries.picks,
          audience: count,
          submittedAt: districtTime,
        }),
      ),
    }),
  ),
  lectures: v.pipe(
    v.array(
      v.object({
        lectureId: v.string(),
        topic: v.string(),
        expert: v.string(),
        startsAt: districtTime,
        durationMinutes: count,
        place: v.string(),
        status: v.picklist(['scheduled', 'delivered', 'cancelled']),
        assignment: v.pipe(v.picklist(['pending', 'accepted']), v.description('accepted once the speaker has confirmed the lecture (已接单); pending until then')),
        attendance: v.optional(count),
        cancelReason: v.optional(v.string()),
        feedbackUrl: v.optional(v.pipe(v.string(), v.description('The lecture’s feedback form (/f/{lectureId}); only while feedback is open'))),
        feedbackClosesAt: v.optional(districtTime),
      }),
    ),
    v.description('The lectures the unit hosts that start from a year ago on, newest first'),
  ),
});

export const RequestSaved = v.object({ requestId: v.string(), version: v.number() });

export const SignInForm = v.object({
  event: v.object({
    id: v.string(),
    kind: v.pipe(v.picklist(['lecture', 'study-session', 'exchange-meeting']), v.description('The kind of event (lectures today; study sessions and exchange meetings share the route)')),
    title: v.string(),
    speaker: v.optional(v.string()),
    startsAt: districtTime,
    place: v.string(),
    units: v.array(v.object({ id: v.string(), label: v.string() })),
  }),
  ask: v.pipe(v.picklist(['nothing', 'name', 'name-and-unit']), v.description('What the district asks at sign-in (programme settings)')),
  opensAt: districtTime,
  closesAt: districtTime,
});

export const SignedIn = v.object({
  signInId: v.string(),
  signedInAt: districtTime,
  name: v.optional(v.string()),
  unit: v.optional(v.pipe(v.string(), v.description('The unit’s name as it was at sign-in'))),
  guest: v.optional(v.pipe(v.literal(true), v.description('Signed in as a guest (an event with an attendee list, person not on it)'))),
});
/** One lecture as its expert sees it (专家专属链接). */
export const ExpertLecture = v.object({
  lectureId: v.string(),
  topic: v.string(),
  units: v.array(v.string()),
  startsAt: districtTime,
  durationMinutes: count,
  place: v.string(),
  status: LectureStatusSchema,
  assignment: v.pipe(AssignmentSchema, v.description('pending (待接单), accepted (已接单) or declined (已婉拒)')),
  state: v.pipe(v.picklist(['pending', 'accepted', 'declined', 'delivered', 'cancelled']), v.description('What the page shows: the status once delivered or cancelled, else the assignment')),
  answerable: v.pipe(v.boolean(), v.description('The expert can still accept or decline (scheduled, pending, not over)')),
  declineReason: v.optional(v.string()),
  cancelReason: v.optional(v.string()),
  notes: v.optional(v.string()),
});
export const ExpertHome = v.object({
  expert: v.object({ id: v.string(), name: v.string(), nameEn: v.optional(v.string()) }),
  lectures: v.pipe(v.array(ExpertLecture), v.description('Upcoming lectures first (those awaiting an answer on top), then the past year’s, newest first')),
});
export const ExpertAnswered = v.object({ lecture: ExpertLecture });

const EssayCallFields = {
  callId: v.string(),
  title: v.string(),
  themes: v.array(v.object({ themeId: v.string(), name: v.string() })),
  deadline: districtTime,
  rules: v.string(),
  state: v.pipe(v.picklist(ESSAY_CALL_STATES), v.description('open (征集中), closed (评审中) or published (已公布结果); drafts are never shown')),
};
export const UnitEssayCalls = v.object({
  calls: v.array(
    v.object({
      ...EssayCallFields,
      open: v.pipe(v.boolean(), v.description('The call takes essays now (open and before its deadline)')),
      essay: v.optional(
        v.object({
          essayId: v.string(),
          themeId: v.string(),
          title: v.string(),
          authors: v.string(),
          text: v.string(),
          file: v.optional(v.pipe(v.object({ uploadId: v.string(), format: v.picklist(ESSAY_FILE_FORMATS), bytes: count, name: v.optional(v.string()) }), v.description('The full text as a file; a save naming this uploadId keeps it'))),
          version: count,
          submittedAt: districtTime,
          updatedAt: districtTime,
        }),
      ),
      result: v.optional(v.object({ rank: count, meanScore: v.string(), reviews: count, comments: v.array(v.string()) })),
    }),
  ),
});
export const EssaySaved = v.object({ essayId: v.string(), version: count, updatedAt: districtTime });
const BlindEssayView = v.pipe(
  v.object({
    essayId: v.string(),
    callId: v.string(),
    themeId: v.string(),
    theme: v.string(),
    title: v.string(),
    text: v.optional(v.string()),
    file: v.optional(v.pipe(v.object({ format: v.picklist(ESSAY_FILE_FORMATS), bytes: count }), v.description('The full text as a file: its blind copy downloads from the expert page’s …/file link; never its name'))),
    myScore: v.optional(count),
  }),
  v.description('An essay as a reviewer sees it: never its unit, front, authors or file name'),
);
export const ExpertEssayCalls = v.object({ calls: v.array(v.object({ ...EssayCallFields, essays: v.array(BlindEssayView) })) });
const ReviewView = v.object({ score: count, comment: v.string(), reviewedAt: districtTime });
export const ExpertEssay = v.object({ essay: BlindEssayView, review: v.optional(ReviewView) });
export const Reviewed = v.object({ review: ReviewView });
export const EssayUploaded = v.object({ uploadId: v.string() });
export const EssayUploadTicket = v.object({
  uploadId: v.string(),
  maxBytes: count,
  upload: v.pipe(
    v.union([v.object({ method: v.literal('POST'), url: v.string(), fields: v.record(v.string(), v.string()) }), v.object({ method: v.literal('PUT'), url: v.string() })]),
    v.description('POST: S3’s presigned form (these fields, then the file last as `file`); PUT: the local run takes the bytes itself'),
  ),
});

export const PUBLIC_API_ROUTES = [
  { method: 'GET', path: '/api/public/surveys/:surveyId', summary: 'The published survey definition (404 unknown or unpublished, 410 closed or full, 403 not open yet)', response: json(PublishedSurvey), errors: [403, 410] },
  {
    method: 'POST',
    path: '/api/public/surveys/:surveyId/responses',
    summary: 'Submit a response: 201 the first time, 200 with the same body for a replay of the same submissionId; 422 when answers do not fit (each issue says the form a question expects)',
    body: PUBLIC_BODIES['POST /api/public/surveys/:surveyId/responses'],
    response: { ...json(Submitted, 201), also: replay },
    errors: [403, 409, 410, 422],
  },
  { method: 'GET', path: '/api/public/lectures/:lectureId/feedback-form', summary: 'A lecture’s feedback form, with the lecture it is about', response: json(FeedbackForm), errors: [403, 410] },
  {
    method: 'POST',
    path: '/api/public/lectures/:lectureId/feedback',
    summary: 'Submit feedback on a lecture: 201, or 200 for a replay of the same submissionId',
    body: PUBLIC_BODIES['POST /api/public/lectures/:lectureId/feedback'],
    response: { ...json(Submitted, 201), also: replay },
    errors: [403, 410, 422],
  },
  { method: 'GET', path: '/api/public/units/:unitKey', summary: 'A unit’s page (单位专属链接) as JSON: its surveys, menus and its requests; never cached', response: json(UnitHome) },
  { method: 'GET', path: '/api/public/menus/:menuId', summary: 'A published menu (菜单)', response: json(MenuView) },
  {
    method: 'PUT',
    path: '/api/public/units/:unitKey/requests/:menuId',
    summary: 'A unit’s request (点单) from a menu: 201 a new version, 200 a replay of the same submissionId; 410 once ordering closed',
    body: PUBLIC_BODIES['PUT /api/public/units/:unitKey/requests/:menuId'],
    response: { ...json(RequestSaved, 201), also: { ...replay, json: RequestSaved } },
    errors: [409, 410, 422],
  },
  { method: 'GET', path: '/api/public/lectures/:lectureId/sign-in', summary: 'What the sign-in page (签到) asks and when it is open: 403 sign_in_not_open before an hour ahead of the start, 410 sign_in_closed two hours after the end or once cancelled', response: json(SignInForm), errors: [403, 410] },
  {
    method: 'POST',
    path: '/api/public/lectures/:lectureId/sign-ins',
    summary: 'Sign in at a lecture (签到): 201 the first time, 200 with the first answer for a replay of the same signInId (a phone keeps its id); 422 a field the district asks for is missing; 403 / 410 outside the window',
    body: SignInInputSchema,
    response: { ...json(SignedIn, 201), also: { ...replay, json: SignedIn } },
    errors: [403, 410, 422],
  },
  { method: 'GET', path: '/api/public/experts/:expertKey', summary: 'An expert’s page (专家专属链接) as JSON: their lectures with time, place, units, topic and status; never cached; 404 unknown or rotated link', response: json(ExpertHome) },
  {
    method: 'POST',
    path: '/api/public/experts/:expertKey/lectures/:lectureId/accept',
    summary: 'The expert accepts a lecture (接单): 200 with the lecture as it now is, also for the same answer again; 409 already_answered after a decline, 409 lecture_cancelled; 404 a lecture that is not this expert’s',
    response: json(ExpertAnswered),
    errors: [409],
  },
  {
    method: 'POST',
    path: '/api/public/experts/:expertKey/lectures/:lectureId/decline',
    summary: 'The expert declines a lecture with a reason (婉拒): the organizers see it as 待派单; 200, also for the same answer again; 409 already_answered after an accept, 409 lecture_cancelled',
    body: DeclineSchema,
    response: json(ExpertAnswered),
    errors: [409],
  },
  { method: 'GET', path: '/api/public/units/:unitKey/essay-calls', summary: 'A unit’s essay calls (征文): each call not in draft with the unit’s essay and, once published, its result; never cached', response: json(UnitEssayCalls) },
  {
    method: 'PUT',
    path: '/api/public/units/:unitKey/essay-calls/:callId/essay',
    summary: 'Send (201) or change (200) the unit’s one essay in a call: the whole essay each time (text, a file by its uploadId, or both), until the deadline; 410 essay_submission_closed from the deadline on or once the call is closed; 413 file_too_large, 415 unsupported_file_type (by content), 422 upload_missing',
    body: EssayInputSchema,
    response: { ...json(EssaySaved, 201), also: { status: 200, json: EssaySaved, description: 'The unit’s essay was changed (a new version)' } },
    errors: [409, 410, 413, 415, 422],
  },
  {
    method: 'POST',
    path: '/api/public/units/:unitKey/essay-calls/:callId/uploads',
    summary: 'Where the unit uploads its essay’s file (PDF or DOCX, at most 10 MB), then names the uploadId in the essay’s save; 410 essay_submission_closed from the deadline on',
    response: json(EssayUploadTicket, 201),
    errors: [410],
  },
  {
    method: 'PUT',
    path: '/api/public/units/:unitKey/essay-calls/:callId/uploads/:uploadId',
    summary: 'The file’s bytes, in a local run only (404 in AWS, where they go to S3): 200 `{ uploadId }`; 413 file_too_large past 10 MB; 410 essay_submission_closed',
    response: json(EssayUploaded),
    errors: [410, 413],
  },
  { method: 'GET', path: '/api/public/experts/:expertKey/essay-calls', summary: 'The essay calls under review (after the deadline, before results), each essay blind (title and theme; no unit or author) with the expert’s own score', response: json(ExpertEssayCalls) },
  { method: 'GET', path: '/api/public/experts/:expertKey/essay-calls/:callId/essays/:essayId', summary: 'One essay, blind, with its text and the expert’s review when given; 409 review_not_open outside the review', response: json(ExpertEssay), errors: [409] },
  {
    method: 'POST',
    path: '/api/public/experts/:expertKey/essay-calls/:callId/essays/:essayId/review',
    summary: 'The expert’s review (专家点评): a score 0–100 and a comment, once per expert and essay: 201, 200 for the same review again; 409 already_reviewed for a different one, 409 review_not_open',
    body: ReviewInputSchema,
    response: { ...json(Reviewed, 201), also: { status: 200, json: Reviewed, description: 'The same review again: the stored one, nothing changed' } },
    errors: [409, 422],
  },
] as const satisfies readonly ApiDoc[];
