-- Issue 5: the studio's conversations with the orchestrator. One conversation per project; its
-- state (stage and the facts gathered so far) lives here so a reload resumes where the user was.
CREATE TABLE conversations (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id UUID NOT NULL UNIQUE REFERENCES projects(id) ON DELETE CASCADE,
  user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  stage VARCHAR(50) NOT NULL DEFAULT 'collect_brand_info',
  state JSONB NOT NULL DEFAULT '{}'::JSONB,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  CONSTRAINT valid_stage CHECK (stage IN ('collect_brand_info', 'collect_product_info', 'collect_assets',
                                          'collect_scenes', 'final_review', 'generate_video', 'export_video'))
);

CREATE INDEX idx_conversations_user_id ON conversations(user_id);

CREATE TABLE conversation_messages (
  id BIGSERIAL PRIMARY KEY,
  conversation_id UUID NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  role VARCHAR(20) NOT NULL,
  content TEXT NOT NULL,
  stage VARCHAR(50) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  CONSTRAINT valid_role CHECK (role IN ('user', 'assistant'))
);

CREATE INDEX idx_conversation_messages_conversation ON conversation_messages(conversation_id, id);
