-- AlterTable
ALTER TABLE "ModelRun" ADD COLUMN     "ambiguous" INTEGER NOT NULL DEFAULT 0;
