import { builder } from '../builder.js';

export const CreditRole = builder.enumType('CreditRole', {
  description: "A journalist's part in a story.",
  values: {
    BYLINE: { description: 'Named in the byline ("By A and B").' },
    REPORTING: { description: 'Credited with reporting ("Reporting by ...").' },
    WRITING: { description: 'Credited with writing ("Writing by ...").' },
    EDITING: { description: 'Credited with editing ("Editing by ...").' },
    ADDITIONAL_REPORTING: { description: 'Credited with additional reporting.' },
  } as const,
});

builder.prismaObject('Credit', {
  description: 'One credit of a story: a journalist and their role.',
  fields: (t) => ({
    role: t.expose('role', { type: CreditRole, description: 'What they did.' }),
    journalist: t.relation('journalist', { description: 'Who.' }),
  }),
});
