// An exchange meeting's page: the programme pages' look, the lecture page's record section (photos,
// files, upload forms), and its forms' buttons and boxes made 44 px touch targets on a phone.
import { lectureStyle } from './lecture-style.js';
import { programmeStyle } from './programme-style.js';

export const meetingStyle = `${programmeStyle}${lectureStyle}
main button,main select,main input:not([type=checkbox]):not([type=radio]):not([type=hidden]){min-height:44px}
main input[type=file]{padding:8px 0}
`;
