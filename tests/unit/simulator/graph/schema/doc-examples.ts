/**
 * Request bodies copied verbatim from Microsoft's Graph docs. "REF" = /work/shared/reference/graph-calling.md
 * (itself copied from the docs); "DC" = microsoftgraph/microsoft-graph-docs-contrib
 * `api-reference/v1.0/api/<page>.md`, used where the reference gives a body only in prose.
 */

/** REF §1.1, answer with service-hosted media and preFetchMedia. */
export const answer = {
  callbackUri: 'https://bot.contoso.com/api/calls',
  acceptedModalities: ['audio'],
  mediaConfig: {
    '@odata.type': '#microsoft.graph.serviceHostedMediaConfig',
    preFetchMedia: [
      { uri: 'https://cdn.contoso.com/beep.wav', resourceId: '1D6DE2D4-CD51-4309-8DAA-70768651088E' },
      { uri: 'https://cdn.contoso.com/cool.wav', resourceId: '1D6DE2D4-CD51-4309-8DAA-70768651088F' },
    ],
  },
};

/** DC call-reject.md, Example 1. */
export const rejectBusy = { reason: 'busy' };

/** DC call-reject.md, Example 2. */
export const rejectNone = { reason: 'none' };

/** DC call-redirect.md, Example 1 (forward to a bot). */
export const redirect = {
  targets: [
    {
      '@odata.type': '#microsoft.graph.invitationParticipantInfo',
      identity: {
        '@odata.type': '#microsoft.graph.identitySet',
        application: {
          '@odata.type': '#microsoft.graph.identity',
          displayName: 'test bot 2',
          id: '22bfd41f-550e-477d-8789-f6f7bd2a5e8b',
        },
      },
    },
  ],
  callbackUri: 'https://bot.contoso.com/api/calls/24701998-1a73-4d42-8085-bf46ed0ae039',
};

/** DC call-redirect.md, Example 3 (forward to a PSTN number). */
export const redirectToPstn = {
  targets: [
    {
      '@odata.type': '#microsoft.graph.invitationParticipantInfo',
      identity: {
        '@odata.type': '#microsoft.graph.identitySet',
        phone: {
          '@odata.type': '#microsoft.graph.identity',
          id: '+12345678901',
        },
      },
    },
  ],
  callbackUri: 'https://bot.contoso.com/api/calls/24701998-1a73-4d42-8085-bf46ed0ae039',
};

/** DC call-redirect.md, Example 2 (simultaneous ring). Its `routingPolicies` is not a v1.0 parameter. */
export const redirectWithRoutingPolicies = {
  targets: [
    {
      '@odata.type': '#microsoft.graph.invitationParticipantInfo',
      identity: {
        '@odata.type': '#microsoft.graph.identitySet',
        user: {
          '@odata.type': '#microsoft.graph.identity',
          displayName: 'test user',
          id: '98da8a1a-1b87-452c-a713-65d3f10b1253',
        },
      },
    },
    {
      '@odata.type': '#microsoft.graph.invitationParticipantInfo',
      identity: {
        '@odata.type': '#microsoft.graph.identitySet',
        user: {
          '@odata.type': '#microsoft.graph.identity',
          displayName: 'test user 2',
          id: 'bf5aae9a-d11d-47a8-93b1-782504c9c3f3',
        },
      },
    },
  ],
  routingPolicies: ['disableForwarding'],
  callbackUri: 'https://bot.contoso.com/api/calls/24701998-1a73-4d42-8085-bf46ed0ae039',
};

/** REF §1.4, blind transfer (P2P) to a Teams user. */
export const transferBlind = {
  transferTarget: {
    endpointType: 'default',
    identity: { user: { id: '550fae72-d251-43ec-868c-373732c2704f', displayName: 'Heidi Steen' } },
  },
};

/** REF §1.4, blind transfer to PSTN, as the docs print it: with `clientContext`, which is not a parameter. */
export const transferToPstnAsDocumented = {
  transferTarget: {
    endpointType: 'default',
    identity: { phone: { '@odata.type': '#microsoft.graph.identity', id: '+12345678901' } },
    languageId: 'languageId-value',
    region: 'region-value',
  },
  clientContext: '9e90d1c1-f61e-43e7-9f75-d420159aae08',
};

/** REF §1.4, consultative transfer with `replacesCallId` and `@odata.type` annotations. */
export const transferConsultative = {
  transferTarget: {
    '@odata.type': '#microsoft.graph.invitationParticipantInfo',
    endpointType: 'default',
    identity: {
      '@odata.type': '#microsoft.graph.identitySet',
      user: {
        '@odata.type': '#microsoft.graph.identity',
        id: '550fae72-d251-43ec-868c-373732c2704f',
        displayName: 'Heidi Steen',
      },
    },
    replacesCallId: 'e5d39592-99bd-4db8-bca8-30fb894ec51d',
  },
};

/** REF §1.5, Example 7: outbound PSTN call from the bot's application instance. */
export const createPstnCall = {
  '@odata.type': '#microsoft.graph.call',
  callbackUri: 'https://bot.contoso.com/callback',
  source: {
    '@odata.type': '#microsoft.graph.participantInfo',
    identity: {
      '@odata.type': '#microsoft.graph.identitySet',
      applicationInstance: {
        '@odata.type': '#microsoft.graph.identity',
        displayName: 'Calling Bot',
        id: '3d913abb-aec0-4964-8fa6-3c6850c4f278',
      },
    },
    countryCode: null,
    endpointType: null,
    region: null,
    languageId: null,
  },
  targets: [
    {
      '@odata.type': '#microsoft.graph.invitationParticipantInfo',
      identity: {
        '@odata.type': '#microsoft.graph.identitySet',
        phone: { '@odata.type': '#microsoft.graph.identity', id: '+12345678901' },
      },
    },
  ],
  requestedModalities: ['audio'],
  mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' },
  tenantId: 'aa67bd4c-8475-432d-bd41-39f255720e0a',
};

/** DC application-post-calls.md, Example 1: peer-to-peer VoIP call to a user, service-hosted media. */
export const createP2pCall = {
  '@odata.type': '#microsoft.graph.call',
  callbackUri: 'https://bot.contoso.com/callback',
  targets: [
    {
      '@odata.type': '#microsoft.graph.invitationParticipantInfo',
      identity: {
        '@odata.type': '#microsoft.graph.identitySet',
        user: {
          '@odata.type': '#microsoft.graph.identity',
          displayName: 'John',
          id: '112f7296-5fa4-42ca-bae8-6a692b15d4b8',
        },
      },
    },
  ],
  requestedModalities: ['audio'],
  callOptions: {
    '@odata.type': '#microsoft.graph.outgoingCallOptions',
    isContentSharingNotificationEnabled: true,
  },
  mediaConfig: {
    '@odata.type': '#microsoft.graph.serviceHostedMediaConfig',
  },
};

/** DC participant-invite.md, Example 1. */
export const invite = {
  participants: [
    {
      '@odata.type': '#microsoft.graph.invitationParticipantInfo',
      replacesCallId: 'a7ebfb2d-871e-419c-87af-27290b22e8db',
      identity: {
        '@odata.type': '#microsoft.graph.identitySet',
        user: {
          '@odata.type': '#microsoft.graph.identity',
          id: '278405a3-f568-4b3e-b684-009193463064',
          identityProvider: 'AAD',
        },
      },
    },
  ],
  clientContext: 'f2fa86af-3c51-4bc2-8fc0-475452d9764f',
};

/** DC participant-startholdmusic.md (the doc's JSON has trailing commas; the values are unchanged). */
export const startHoldMusic = {
  customPrompt: {
    '@odata.type': '#microsoft.graph.mediaPrompt',
    mediaInfo: {
      '@odata.type': '#microsoft.graph.mediaInfo',
      uri: 'https://bot.contoso.com/onHold.wav',
    },
  },
  clientContext: 'd45324c1-fcb5-430a-902c-f20af696537c',
};

/** REF §1.8, playPrompt (the reference's one-line body, placeholders included). */
export const playPromptFromReference = {
  prompts: [{ '@odata.type': '#microsoft.graph.mediaPrompt', mediaInfo: { uri: '...', resourceId: '...' } }],
  clientContext: '...',
};

/** DC call-playprompt.md. */
export const playPrompt = {
  clientContext: 'd45324c1-fcb5-430a-902c-f20af696537c',
  prompts: [
    {
      '@odata.type': '#microsoft.graph.mediaPrompt',
      mediaInfo: {
        '@odata.type': '#microsoft.graph.mediaInfo',
        uri: 'https://cdn.contoso.com/beep.wav',
        resourceId: '1D6DE2D4-CD51-4309-8DAA-70768651088E',
      },
    },
  ],
};

/** DC call-record.md, Example 1. */
export const recordResponse = {
  bargeInAllowed: true,
  clientContext: 'd45324c1-fcb5-430a-902c-f20af696537c',
  prompts: [
    {
      '@odata.type': '#microsoft.graph.mediaPrompt',
      mediaInfo: {
        uri: 'https://cdn.contoso.com/beep.wav',
        resourceId: '1D6DE2D4-CD51-4309-8DAA-70768651088E',
      },
    },
  ],
  maxRecordDurationInSeconds: 10,
  initialSilenceTimeoutInSeconds: 5,
  maxSilenceTimeoutInSeconds: 2,
  playBeep: true,
  stopTones: ['#', '1', '*'],
};

/** DC call-subscribetotone.md. */
export const subscribeToTone = { clientContext: 'fd1c7836-4d84-4e24-b6aa-23188688cc54' };

/** DC call-cancelmediaprocessing.md. */
export const cancelMediaProcessing = { clientContext: 'clientContext-value' };

/** DC cloudcommunications-getpresencesbyuserid.md. */
export const getPresencesByUserId = {
  ids: ['fa8bf3dc-eca7-46b7-bad1-db199b62afc3', '66825e03-7ef5-42da-9069-724602c31f6b'],
};
