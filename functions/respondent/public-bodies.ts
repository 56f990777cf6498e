// The bodies of the respondent's public JSON routes, by route: the route list (public-routes.ts, for
// OpenAPI) names them from here, and the routes validate with them, so the respondent's bundle carries
// the body schemas without the documentation's answer schemas.
import { RequestInputSchema } from '../../shared/programme/request-schema.js';
import { SubmissionSchema } from '../../shared/responses/submission-schema.js';

export const PUBLIC_BODIES = {
  'POST /api/public/surveys/:surveyId/responses': SubmissionSchema,
  'POST /api/public/lectures/:lectureId/feedback': SubmissionSchema,
  'PUT /api/public/units/:unitKey/requests/:menuId': RequestInputSchema,
} as const;
