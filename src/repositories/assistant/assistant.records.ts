import type { LogStatus, LogType, MessageRole, TicketPriority } from '../../entities/enums';

// Plain, read-only data for the assistant, the knowledge base and customer logs.

export interface FaqRecord {
  id: string;
  question: string;
  answer: string;
  category: string;
  viewCount: number;
  authorId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A knowledge-base entry found by a search, with how well it matches. */
export interface FaqHit {
  faq: FaqRecord;
  /** Relevance from 0 to 1. */
  score: number;
  /** The answer's best passages, matched words between `**`. */
  snippet: string;
  /** Distinct lexemes of the search text that the entry contains. */
  matchedTerms: number;
  /** Distinct lexemes of the search text (stop words removed). */
  queryTerms: number;
  /** Lexemes of the focus text (the latest message) that the entry contains. */
  focusMatched: number;
  /** Distinct lexemes of the focus text. */
  focusTerms: number;
}

export interface ConversationRecord {
  id: string;
  userId: string;
  title: string;
  isActive: boolean;
  ticketId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface MessageRecord {
  id: string;
  conversationId: string;
  role: MessageRole;
  content: string;
  tokensUsed: number;
  responseTimeMs: number;
  sourceIds: string[];
  createdAt: Date;
}

export interface CustomerLogRecord {
  id: string;
  userId: string;
  title: string;
  description: string;
  logType: LogType;
  status: LogStatus;
  priority: TicketPriority;
  category: string | null;
  createdAt: Date;
  updatedAt: Date | null;
  resolvedAt: Date | null;
}

export interface BreakdownRecord {
  key: string;
  count: number;
}

export interface CustomerLogSummaryRecord {
  timeframeHours: number;
  totalLogs: number;
  statusBreakdown: BreakdownRecord[];
  categoryBreakdown: BreakdownRecord[];
  priorityBreakdown: BreakdownRecord[];
}

export interface TrendingIssueRecord {
  /** The word form customers used most for the lexeme. */
  issue: string;
  /** The Snowball stem the logs were counted by. */
  stem: string;
  /** Logs in the window that mention it. */
  count: number;
}
