import { graphql } from './graphql';

export const PlanFields = graphql(`
  fragment PlanFields on Plan {
    language
    subjects
    taskType
    targetType
    problemType
    sampleSize
    seed
    externalToolUsage
    rationale
    rationaleKo: rationale(locale: KO)
    rationaleParts
    notes {
      code
      words
      subjects
      message
    }
    confidence
    source
    fallbackReason
  }
`);

export const EndpointFields = graphql(`
  fragment EndpointFields on ModelEndpoint {
    id
    name
    kind
    isBaseline
    description
    baseUrl
    modelId
    temperature
    maxTokens
    timeoutMs
    maxRetries
    concurrency
    requestsPerMinute
    tokensPerMinute
    hasApiKey
    keyStatus
    extraHeaderNames
    extraHeadersStatus
    inputPricePerMTok
    outputPricePerMTok
    createdAt
    updatedAt
    shared
    owner {
      id
      email
      name
    }
  }
`);

export const RunFields = graphql(`
  fragment RunFields on ModelRun {
    id
    modelName
    status
    source
    total
    done
    correct
    unparsed
    ambiguous
    unscored
    errors
    fromCache
    error
    stalled
    storageError
    summary
    startedAt
    finishedAt
  }
`);

export const PlanQuery = graphql(
  `
    query Plan($query: String!) {
      plan(query: $query) {
        __typename
        ... on QueryPlanSuccess {
          data {
            ...PlanFields
          }
        }
        ... on ValidationError {
          message
          code
          issues {
            path
            message
            code
            params
          }
        }
      }
    }
  `,
  [PlanFields],
);

export const ModelEndpointsQuery = graphql(
  `
    query ModelEndpoints {
      modelEndpoints {
        ...EndpointFields
      }
    }
  `,
  [EndpointFields],
);

export const CreateModelEndpointMutation = graphql(
  `
    mutation CreateModelEndpoint($input: ModelEndpointInput!) {
      createModelEndpoint(input: $input) {
        __typename
        ... on MutationCreateModelEndpointSuccess {
          data {
            ...EndpointFields
          }
        }
        ... on BaseError {
          message
          params
          code
        }
        ... on ValidationError {
          issues {
            path
            message
            code
            params
          }
        }
      }
    }
  `,
  [EndpointFields],
);

export const UpdateModelEndpointMutation = graphql(
  `
    mutation UpdateModelEndpoint($id: ID!, $input: ModelEndpointInput!) {
      updateModelEndpoint(id: $id, input: $input) {
        __typename
        ... on MutationUpdateModelEndpointSuccess {
          data {
            ...EndpointFields
          }
        }
        ... on BaseError {
          message
          params
          code
        }
        ... on ValidationError {
          issues {
            path
            message
            code
            params
          }
        }
      }
    }
  `,
  [EndpointFields],
);

export const DeleteModelEndpointMutation = graphql(`
  mutation DeleteModelEndpoint($id: ID!) {
    deleteModelEndpoint(id: $id) {
      __typename
      ... on MutationDeleteModelEndpointSuccess {
        data
      }
      ... on BaseError {
        message
        params
        code
      }
    }
  }
`);

export const CreateEvaluationMutation = graphql(`
  mutation CreateEvaluation($input: CreateEvaluationInput!) {
    createEvaluation(input: $input) {
      __typename
      ... on MutationCreateEvaluationSuccess {
        data {
          id
          status
        }
      }
      ... on BaseError {
        message
        params
        code
      }
      ... on ValidationError {
        issues {
          path
          message
          code
          params
        }
      }
    }
  }
`);

export const TaskQuery = graphql(
  `
    query Task($id: ID!) {
      task(id: $id) {
        id
        query
        status
        error
        itemCount
        datasetVersion
        promptVersion
        forceFresh
        createdAt
        startedAt
        finishedAt
        activeSeconds
        runningSince
        result
        owner {
          id
          email
          name
        }
        plan {
          ...PlanFields
        }
        sampling {
          requested
          available
          shortfall
          perSubject
        }
        runs {
          ...RunFields
        }
      }
    }
  `,
  [PlanFields, RunFields],
);

export const TasksQuery = graphql(`
  query Tasks($first: Int, $after: String, $last: Int, $before: String, $filter: TaskFilter) {
    tasks(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          query
          status
          createdAt
          startedAt
          finishedAt
          activeSeconds
          runningSince
          itemCount
          owner {
            id
            email
            name
          }
          leaders {
            modelName
            accuracy
            n
          }
          runs {
            id
            modelName
            status
          }
        }
      }
    }
  }
`);

export const HealthQuery = graphql(`
  query Health {
    health {
      ok
      version
      liveWorkers
      database {
        ok
        latencyMs
        error
      }
      redis {
        ok
        latencyMs
        error
      }
      queue {
        waiting
        active
        delayed
        failed
        completed
        waitingChildren
      }
    }
  }
`);

export const TaskProgressSubscription = graphql(`
  subscription TaskProgress($taskId: ID!, $afterSeq: Int) {
    taskProgress(taskId: $taskId, afterSeq: $afterSeq) {
      taskId
      seq
      kind
      taskStatus
      at
      run {
        runId
        modelName
        status
        done
        total
        correct
        errors
        unparsed
        ambiguous
        fromCache
        accuracy
        ciLow
        ciHigh
        etaSeconds
        storageError
      }
      latestSamples {
        itemId
        question
        output
        extracted
        status
      }
    }
  }
`);

export const CancelEvaluationMutation = graphql(`
  mutation CancelEvaluation($taskId: ID!) {
    cancelEvaluation(taskId: $taskId) {
      __typename
      ... on MutationCancelEvaluationSuccess {
        data {
          id
          status
        }
      }
      ... on BaseError {
        message
        params
        code
      }
    }
  }
`);

export const HoldEvaluationMutation = graphql(`
  mutation HoldEvaluation($taskId: ID!) {
    holdEvaluation(taskId: $taskId) {
      __typename
      ... on MutationHoldEvaluationSuccess {
        data {
          id
          status
        }
      }
      ... on BaseError {
        message
        params
        code
      }
    }
  }
`);

export const ResumeEvaluationMutation = graphql(`
  mutation ResumeEvaluation($taskId: ID!) {
    resumeEvaluation(taskId: $taskId) {
      __typename
      ... on MutationResumeEvaluationSuccess {
        data {
          id
          status
        }
      }
      ... on BaseError {
        message
        params
        code
      }
    }
  }
`);

export const RetryFailedSamplesMutation = graphql(`
  mutation RetryFailedSamples($taskId: ID!) {
    retryFailedSamples(taskId: $taskId) {
      __typename
      ... on MutationRetryFailedSamplesSuccess {
        data {
          id
          status
        }
      }
      ... on BaseError {
        message
        params
        code
      }
    }
  }
`);

export const LeaderboardEntryFields = graphql(`
  fragment LeaderboardEntryFields on LeaderboardEntry {
    id
    modelName
    language
    subject
    coarseSubject
    taskType
    score
    n
    ciLow
    ciHigh
    source
    taskId
    datasetVersion
    promptVersion
    seed
    quarantined
    updatedAt
  }
`);

export const LeaderboardQuery = graphql(
  `
    query Leaderboard($filter: LeaderboardFilter, $orderBy: LeaderboardOrder, $first: Int, $after: String, $last: Int, $before: String) {
      leaderboard(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            ...LeaderboardEntryFields
          }
        }
      }
    }
  `,
  [LeaderboardEntryFields],
);

export const LeaderboardRollupsQuery = graphql(`
  query LeaderboardRollups($filter: LeaderboardFilter) {
    leaderboardRollups(filter: $filter, level: OVERALL, acrossTaskTypes: true) {
      modelName
      language
      score
      n
      correct
      ciLow
      ciHigh
      weighting
      cells
      cellsWithUnknownN
      updatedAt
    }
  }
`);

export const QuarantineLeaderboardEntryMutation = graphql(
  `
    mutation QuarantineLeaderboardEntry($id: ID!) {
      quarantineLeaderboardEntry(id: $id) {
        __typename
        ... on MutationQuarantineLeaderboardEntrySuccess {
          data {
            ...LeaderboardEntryFields
          }
        }
        ... on BaseError {
          message
          params
          code
        }
      }
    }
  `,
  [LeaderboardEntryFields],
);

export const UnquarantineLeaderboardEntryMutation = graphql(
  `
    mutation UnquarantineLeaderboardEntry($id: ID!) {
      unquarantineLeaderboardEntry(id: $id) {
        __typename
        ... on MutationUnquarantineLeaderboardEntrySuccess {
          data {
            ...LeaderboardEntryFields
          }
        }
        ... on BaseError {
          message
          params
          code
        }
      }
    }
  `,
  [LeaderboardEntryFields],
);

export const LeaderboardModelNamesQuery = graphql(`
  query LeaderboardModelNames {
    leaderboardModels {
      name
    }
  }
`);

export const LeaderboardUpdatedSubscription = graphql(`
  subscription LeaderboardUpdated {
    leaderboardUpdated {
      taskId
      cells
      modelNames
      at
    }
  }
`);

/** The BenchHub taxonomy with item counts (in one language, or all). Static per server: loaded cache-first. */
export const CategoriesQuery = graphql(`
  query Categories($language: Language) {
    categories(language: $language) {
      name
      koreanName
      itemCount
      fines {
        name
        koreanName
        itemCount
      }
    }
  }
`);

/** "What we already know": models ranked for a plan from the cached leaderboard cells (no model is called). */
export const PersonalizedRankingQuery = graphql(`
  query PersonalizedRanking($plan: PlanInput!, $models: [String!]) {
    personalizedRanking(plan: $plan, models: $models) {
      __typename
      ... on QueryPersonalizedRankingSuccess {
        data {
          language
          taskTypes
          planCells
          cellsNeeded
          models {
            modelName
            rank
            tieGroup
            score
            ciLow
            ciHigh
            n
            cells
            cellsWithUnknownN
            weighting
            intervalKnown
            cellsFound
            cellsNeeded
            coverage
            updatedAt
          }
          tiedGroups {
            letter
            models
          }
        }
      }
      ... on ValidationError {
        message
        code
        issues {
          path
          message
          code
          params
        }
      }
    }
  }
`);

export const TaskItemsQuery = graphql(`
  query TaskItems($id: ID!, $filter: SampleFilter, $first: Int, $after: String) {
    task(id: $id) {
      id
      query
      status
      itemCount
      itemSubjects
      runs {
        id
        modelName
        source
      }
      items(filter: $filter, first: $first, after: $after) {
        __typename
        ... on ValidationError {
          message
          code
          params
        }
        ... on EvaluationTaskItemsSuccess {
          data {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                id
                position
                problemType
                subjects
                prompt
                answer
                disagree
                samples {
                  id
                  modelName
                  status
                  extracted
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const TaskItemQuery = graphql(`
  query TaskItem($id: ID!, $itemId: ID!) {
    task(id: $id) {
      id
      query
      runs {
        id
        modelName
        source
      }
      item(id: $itemId) {
        id
        position
        problemType
        language
        subjects
        benchmarkName
        context
        prompt
        options
        answer
        disagree
        samples {
          id
          modelName
          status
          correct
          extracted
          renderedPrompt
          rawOutput
          latencyMs
          tokensIn
          tokensOut
          costUsd
          error
          fromCache
          judgeModel
          judgeOutput
        }
      }
    }
  }
`);

export const SamplesExportQuery = graphql(`
  query SamplesExport($id: ID!, $filter: SampleFilter, $format: SampleExportFormat!) {
    task(id: $id) {
      id
      samplesExport(filter: $filter, format: $format) {
        __typename
        ... on BaseError {
          message
          code
          params
        }
        ... on EvaluationTaskSamplesExportSuccess {
          data
        }
      }
    }
  }
`);

export const LeaderboardPivotQuery = graphql(`
  query LeaderboardPivot($plan: PlanInput!) {
    personalizedRanking(plan: $plan) {
      __typename
      ... on QueryPersonalizedRankingSuccess {
        data {
          columns
          planCells
          cellsNeeded
          models {
            modelName
            rank
            tieGroup
            intervalKnown
            score
            ciLow
            ciHigh
            n
            cells
            cellsWithUnknownN
            weighting
            coverage
            columns {
              subject
              score
              ciLow
              ciHigh
              n
              cells
              cellsWithUnknownN
              weighting
            }
          }
        }
      }
      ... on ValidationError {
        message
      }
    }
  }
`);

export const TaskReportQuery = graphql(`
  query TaskReport($id: ID!, $format: ReportFormat!, $locale: UiLocale) {
    task(id: $id) {
      id
      query
      status
      report(format: $format, locale: $locale)
    }
  }
`);

export const PlanPreviewQuery = graphql(`
  query PlanPreview($plan: PlanInput!) {
    planPreview(plan: $plan) {
      __typename
      ... on QueryPlanPreviewSuccess {
        data {
          available
          requested
          drawn
          shortfall
          subjects {
            subject
            available
            drawn
          }
        }
      }
      ... on ValidationError {
        message
      }
    }
  }
`);

export const TestModelEndpointMutation = graphql(`
  mutation TestModelEndpoint($id: ID, $input: ModelEndpointInput) {
    testModelEndpoint(id: $id, input: $input) {
      __typename
      ... on MutationTestModelEndpointSuccess {
        data {
          ok
          models
          latencyMs
          chatReply
          error {
            url
            httpStatus
            message
            code
            detail
          }
        }
      }
      ... on BaseError {
        message
        params
        code
      }
    }
  }
`);
